import { describe, expect, it } from "vitest";
import { choisirOutil, majeurDe } from "./outils-postgres";

describe("choix de pg_dump / pg_restore", () => {
  it("lit la version majeure de la sortie de --version", () => {
    expect(majeurDe("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n")).toBe(15);
    expect(majeurDe("pg_restore (PostgreSQL) 18.4\n")).toBe(18);
    expect(majeurDe("bash: pg_dump: command not found")).toBeUndefined();
  });

  it("refuse un outil plus ancien que le serveur et prend le plus récent qui convient", () => {
    const debian15 = { chemin: "/usr/lib/postgresql/15/bin/pg_dump", majeur: 15 };
    const pg17 = { chemin: "/usr/lib/postgresql/17/bin/pg_dump", majeur: 17 };
    const pg18 = { chemin: "/opt/pg18/bin/pg_dump", majeur: 18 };
    expect(choisirOutil([debian15], 18)).toBeUndefined();
    expect(choisirOutil([debian15, pg18, pg17], 17)).toEqual(pg18);
    expect(choisirOutil([debian15, pg17], 15)).toEqual(pg17);
  });
});
