// GET /api/sante : le public ne lit que le statut ; la supervision (SANTE_JETON) et les
// administrateurs DGALN connectés lisent la version, les migrations et la latence de la base.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { nomCookieSession } from "@/lib/auth/parametres";
import { prisma } from "@/lib/db";
import type { RoleAppartenance } from "@/lib/generated/prisma/client";
import { dgaln } from "@/tests/helpers/factories";
import { GET } from "@/app/api/sante/route";

const cookie = vi.hoisted(() => ({ jeton: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (nom: string) => (cookie.jeton && nom === nomCookieSession() ? { name: nom, value: cookie.jeton } : undefined) }),
}));

const JETON = "jeton-de-supervision-0123456789abcdef";

function sante(autorisation?: string) {
  return GET(new Request("http://localhost/api/sante", { headers: autorisation ? { authorization: autorisation } : {} }));
}

async function connecterMembreDgaln(role: RoleAppartenance) {
  const organisation = await dgaln();
  const u = await prisma.utilisateur.create({
    data: { email: `${role}.${randomUUID().slice(0, 8)}@test.example`, appartenances: { create: { organisationId: organisation.id, role } } },
  });
  cookie.jeton = randomUUID();
  await prisma.sessionConnexion.create({ data: { sessionToken: cookie.jeton, utilisateurId: u.id, expires: new Date(Date.now() + 3_600_000) } });
}

const migrations = () => readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;

afterEach(() => {
  cookie.jeton = undefined;
  vi.unstubAllEnvs();
});

describe("GET /api/sante", () => {
  it("répond 200 au public avec le statut seul : ni version, ni migrations, ni latence", async () => {
    vi.stubEnv("SANTE_JETON", JETON);
    const reponse = await sante();
    expect(reponse.status).toBe(200);
    expect(await reponse.json()).toEqual({ statut: "ok" });
    expect(reponse.headers.get("cache-control")).toBe("no-store");
  });

  it("donne le détail à la supervision qui présente SANTE_JETON", async () => {
    vi.stubEnv("SANTE_JETON", JETON);
    const reponse = await sante(`Bearer ${JETON}`);
    expect(reponse.status).toBe(200);
    const corps = await reponse.json();
    expect(corps).toMatchObject({ statut: "ok", application: { version: expect.any(String) }, base: { statut: "ok", migrations: migrations() } });
    expect(corps.base.latenceMs).toEqual(expect.any(Number));
    expect(corps.antivirus).toEqual({ configure: false });
  });

  it("dit dans le détail si l'antivirus est configuré (CLAMAV_URL), jamais son adresse", async () => {
    vi.stubEnv("SANTE_JETON", JETON);
    vi.stubEnv("CLAMAV_URL", "tcp://clamav.interne:3310");
    const texte = await (await sante(`Bearer ${JETON}`)).text();
    expect(JSON.parse(texte)).toMatchObject({ antivirus: { configure: true } });
    expect(texte).not.toContain("clamav.interne");
    expect(await (await sante()).json()).toEqual({ statut: "ok" });
  });

  it("un jeton faux, tronqué, prolongé, ou sans SANTE_JETON configuré, ne donne que le statut", async () => {
    vi.stubEnv("SANTE_JETON", JETON);
    for (const autorisation of [`Bearer ${JETON.slice(0, -1)}`, `Bearer ${JETON}0`, `Basic ${JETON}`, JETON, "Bearer "]) {
      expect(await (await sante(autorisation)).json(), autorisation).toEqual({ statut: "ok" });
    }
    vi.stubEnv("SANTE_JETON", "");
    expect(await (await sante("Bearer ")).json()).toEqual({ statut: "ok" });
    expect(await (await sante("Bearer undefined")).json()).toEqual({ statut: "ok" });
  });

  it("donne le détail à un administrateur DGALN connecté, pas à un référent DGALN", async () => {
    await connecterMembreDgaln("administrateur");
    expect(await (await sante()).json()).toMatchObject({ statut: "ok", base: { migrations: migrations() } });
    await connecterMembreDgaln("referent");
    expect(await (await sante()).json()).toEqual({ statut: "ok" });
  });
});
