import { gererRequeteAuth } from "@/lib/auth/route-handler";
import { avecOrigineVerifiee } from "@/lib/securite/origine";

export const dynamic = "force-dynamic";

export const GET = gererRequeteAuth;
// Connexion, déconnexion : un POST venu d'un autre site est refusé avant next-auth (403).
export const POST = avecOrigineVerifiee(gererRequeteAuth);
