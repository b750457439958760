import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Pas de sortie « standalone » : le démarrage (scripts/start.ts) applique les migrations et
  // importe le référentiel avant `next start`, en local comme dans l'image Docker.
  // Aucun accès réseau pendant la construction : pas de police distante (Marianne est servie
  // par @codegouvfr/react-dsfr), pas de télémétrie (NEXT_TELEMETRY_DISABLED=1 dans les scripts).
  poweredByHeader: false,
  reactStrictMode: true,
  // Le client Prisma et son adaptateur restent des modules Node chargés à l'exécution
  // (pg et @prisma/client le sont déjà par défaut dans Next.js) ; de même pdfkit et fontkit, qui
  // lisent les polices du récépissé ; pino (journal du serveur) et pino-pretty (son affichage en
  // développement, chargé à l'exécution s'il est installé) ; pg-boss (file de tâches durable).
  serverExternalPackages: ["@prisma/adapter-pg", "pdfkit", "fontkit", "pino", "pino-pretty", "pg-boss"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
