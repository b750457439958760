import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/sante/route";

describe("GET /api/sante", () => {
  it("répond 200 avec l'état de l'application et de la base", async () => {
    const reponse = await GET();
    expect(reponse.status).toBe(200);
    const corps = await reponse.json();
    const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(corps).toMatchObject({ statut: "ok", base: { statut: "ok", migrations } });
    expect(reponse.headers.get("cache-control")).toBe("no-store");
  });
});
