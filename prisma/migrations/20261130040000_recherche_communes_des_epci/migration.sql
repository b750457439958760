-- Recherche du tableau d'instruction (issue 11) : une candidature dont le périmètre comprend un EPCI
-- entier se trouve aussi par le nom de chacune de ses communes membres (« andouille » trouve la
-- candidature de la CC de l'Ernée qui couvre Andouillé) ; les listes sont agrégées dans un ordre
-- fixe, pour que le document (et donc le rang) ne dépende pas du plan d'exécution.
CREATE OR REPLACE FUNCTION candidature_document_recherche(cid uuid) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT
    setweight(to_tsvector('fr_sans_accents', concat_ws(' ', c.reference, replace(c.reference, '-', ' '), c.titre)), 'A')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ', o.nom,
         (SELECT string_agg(p.nom, ' ' ORDER BY p.nom) FROM candidature_porteuse cp JOIN organisation p ON p.id = cp."organisationId" WHERE cp."candidatureId" = c.id))), 'A')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ',
         (SELECT string_agg(m.nom, ' ' ORDER BY m.nom) FROM perimetre_commune pc JOIN commune m ON m."codeInsee" = pc."codeInsee" WHERE pc."candidatureId" = c.id),
         (SELECT string_agg(e.nom, ' ' ORDER BY e.nom) FROM perimetre_epci pe JOIN epci e ON e.siren = pe."epciSiren" WHERE pe."candidatureId" = c.id),
         (SELECT d.nom FROM departement d WHERE d.code = c."codeDepartement"),
         (SELECT r.nom FROM region r WHERE r.code = c."codeRegion"))), 'B')
    || setweight(to_tsvector('fr_sans_accents', concat_ws(' ', c.localisation, c.objet, c.objectifs, c.ressources,
         c."dynamiquesTerritoire", c."dynamiquesAmenagement", c."livrablesAttendus")), 'C')
    -- Communes membres des EPCI entiers du périmètre (poids le plus faible : elles ne sont pas nommées
    -- par la candidature elle-même).
    || setweight(to_tsvector('fr_sans_accents', coalesce(
         (SELECT string_agg(m.nom, ' ' ORDER BY m.nom) FROM perimetre_epci pe JOIN commune m ON m."epciSiren" = pe."epciSiren" WHERE pe."candidatureId" = c.id), '')), 'D')
  FROM candidature c JOIN organisation o ON o.id = c."collectivitePrincipaleId"
  WHERE c.id = cid
$$;

UPDATE candidature SET recherche = candidature_document_recherche(id);
