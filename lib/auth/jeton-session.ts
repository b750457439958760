import { randomBytes } from "node:crypto";

/** 256 bits aléatoires : le jeton de session est le seul secret du cookie. */
export function genererJetonSession(): string {
  return randomBytes(32).toString("base64url");
}
