// Chargé par resolveur-differe.ts avant le module de tout schéma, jamais importé statiquement par un
// composant client. Un `import("zod")` direct y ferait entrer tout zod (langues comprises : l'espace
// de noms entier ne s'élague pas) ; l'import nommé ne garde que `config`.
import { config } from "zod";

// zod 4 sonde `new Function` en construisant ses schémas pour les compiler ; la CSP l'interdit (pas de
// 'unsafe-eval') et le navigateur signalerait une violation. Sans compilation, la validation est la
// même (docs/decisions/014-en-tetes-de-securite.md).
config({ jitless: true });
