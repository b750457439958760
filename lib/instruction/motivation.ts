// Longueurs d'une motivation de décision de la DGALN (lue par les porteurs dans la lettre) : un module
// sans zod, que les formulaires clients importent sans charger les schémas.
export const MOTIVATION_MIN = 20;
export const MOTIVATION_MAX = 10_000;
