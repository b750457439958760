// Variables d'environnement ajoutées au serveur de l'application pendant les tests de bout en bout.
import { envProConnectLocal } from "./proconnect-local";

export function envServeurE2E(portApplication: number): Record<string, string> {
  return {
    ...envProConnectLocal(portApplication),
    // Tout le trafic des tests vient de 127.0.0.1 : la limite par adresse IP (20 demandes de lien
    // par quart d'heure) gênerait des relances rapprochées ; celle par adresse reste celle par défaut.
    CONNEXION_LIENS_PAR_IP: "1000",
  };
}
