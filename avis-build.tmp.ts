import { buildIfNeeded } from "./scripts/lib/build";
await buildIfNeeded(process.env, console.log);
