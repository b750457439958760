import { config } from "zod";

// Dans le navigateur, zod 4 sonde `new Function` pour compiler ses schémas ; la CSP l'interdit
// (pas de 'unsafe-eval') et le navigateur signale une violation à chaque page qui valide un
// formulaire. Sans compilation, la validation est la même (docs/decisions/014-en-tetes-de-securite.md).
config({ jitless: true });
