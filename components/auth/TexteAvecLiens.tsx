import { Fragment } from "react";

const URL_DANS_TEXTE = /(https?:\/\/[^\s<>"]+)/g;

/** Texte brut d'un courriel, avec ses adresses web rendues cliquables. */
export function TexteAvecLiens({ texte }: { texte: string }) {
  return (
    <>
      {texte.split(URL_DANS_TEXTE).map((morceau, i) =>
        i % 2 === 1 ? (
          <a key={i} href={morceau}>
            {morceau}
          </a>
        ) : (
          <Fragment key={i}>{morceau}</Fragment>
        ),
      )}
    </>
  );
}
