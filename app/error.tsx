"use client";

import { ErreurInattendue } from "@/components/erreurs/ErreurInattendue";

export default function Erreur(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErreurInattendue {...props} />;
}
