-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "TypeOrganisation" AS ENUM ('commune', 'epci', 'departement', 'region', 'syndicat_mixte', 'petr', 'autre_collectivite', 'service_etat', 'dgaln');

-- CreateEnum
CREATE TYPE "TypeEpci" AS ENUM ('CC', 'CA', 'CU', 'METRO', 'MET69');

-- CreateEnum
CREATE TYPE "TypeServiceEtat" AS ENUM ('DDT', 'DDTM', 'DRIEAT_UD', 'DEAL', 'DGTM', 'DREAL');

-- CreateEnum
CREATE TYPE "RoleAppartenance" AS ENUM ('membre', 'signataire', 'agent', 'signataire_etat', 'referent', 'administrateur');

-- CreateEnum
CREATE TYPE "StatutSession" AS ENUM ('brouillon', 'ouverte', 'cloturee', 'en_deliberation', 'resultats_publies');

-- CreateEnum
CREATE TYPE "FormatAtelier" AS ENUM ('national', 'local', 'flash');

-- CreateEnum
CREATE TYPE "StatutCandidature" AS ENUM ('brouillon', 'signee', 'deposee', 'en_instruction', 'a_corriger', 'irrecevable', 'retenue', 'non_retenue', 'retiree');

-- CreateEnum
CREATE TYPE "TypePiece" AS ENUM ('note_opportunite', 'courrier_soutien_collectivite', 'courrier_soutien_prefet', 'courrier_engagement_etat', 'demande_derogation', 'autre');

-- CreateEnum
CREATE TYPE "PartieSignataire" AS ENUM ('collectivite', 'etat');

-- CreateEnum
CREATE TYPE "AvisEtat" AS ENUM ('favorable', 'reserve');

-- CreateEnum
CREATE TYPE "VisibiliteMessage" AS ENUM ('tous', 'etat_dgaln', 'dgaln');

-- CreateEnum
CREATE TYPE "TypeDecision" AS ENUM ('recevable', 'irrecevable', 'corrections_demandees', 'derogation_acceptee', 'derogation_refusee', 'retenue', 'non_retenue');

-- CreateEnum
CREATE TYPE "StatutAtelier" AS ENUM ('en_preparation', 'en_cours', 'termine', 'abandonne');

-- CreateEnum
CREATE TYPE "TypeContrat" AS ENUM ('marche_subsequent', 'bon_de_commande', 'marche_national');

-- CreateEnum
CREATE TYPE "TypePhase" AS ENUM ('appropriation', 'animation', 'restitution');

-- CreateEnum
CREATE TYPE "StatutPhase" AS ENUM ('a_venir', 'en_cours', 'a_valider', 'validee');

-- CreateEnum
CREATE TYPE "RoleEquipe" AS ENUM ('mandataire', 'cotraitant', 'sous_traitant');

-- CreateEnum
CREATE TYPE "TypeLivrable" AS ENUM ('synthese_enjeux', 'note_de_cadrage', 'carnet_de_suivi', 'support_atelier', 'rapport_final', 'plan_guide', 'esquisse_plan_guide', 'feuille_de_route', 'projet_de_territoire', 'cahier_des_charges', 'autre');

-- CreateTable
CREATE TABLE "region" (
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "departement" (
    "code" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "codeRegion" TEXT NOT NULL,

    CONSTRAINT "departement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "epci" (
    "siren" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "type" "TypeEpci" NOT NULL,

    CONSTRAINT "epci_pkey" PRIMARY KEY ("siren")
);

-- CreateTable
CREATE TABLE "commune" (
    "codeInsee" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "siren" TEXT NOT NULL,
    "codeDepartement" TEXT NOT NULL,
    "codeRegion" TEXT NOT NULL,
    "population" INTEGER NOT NULL,
    "epciSiren" TEXT,

    CONSTRAINT "commune_pkey" PRIMARY KEY ("codeInsee")
);

-- CreateTable
CREATE TABLE "import_referentiel" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "communes" INTEGER NOT NULL,
    "epci" INTEGER NOT NULL,
    "importeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_referentiel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "type" "TypeOrganisation" NOT NULL,
    "nom" TEXT NOT NULL,
    "nomRecherche" TEXT NOT NULL,
    "siren" TEXT,
    "siret" TEXT,
    "categorieJuridique" TEXT,
    "codeInsee" TEXT,
    "codeDepartement" TEXT,
    "codeRegion" TEXT,
    "typeServiceEtat" "TypeServiceEtat",
    "population" INTEGER,
    "courriel" TEXT,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "utilisateur" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerifieLe" TIMESTAMP(3),
    "prenom" TEXT,
    "nom" TEXT,
    "proconnectSub" TEXT,
    "actif" BOOLEAN NOT NULL DEFAULT true,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "utilisateur_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appartenance" (
    "id" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "RoleAppartenance" NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appartenance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invitation" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "RoleAppartenance" NOT NULL,
    "jetonHash" TEXT NOT NULL,
    "expireLe" TIMESTAMP(3) NOT NULL,
    "utiliseeLe" TIMESTAMP(3),
    "invitantId" UUID NOT NULL,
    "candidatureId" UUID,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "compte_connexion" (
    "id" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "compte_connexion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_connexion" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_connexion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jeton_verification" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "limite_debit" (
    "cle" TEXT NOT NULL,
    "fenetreDebut" TIMESTAMP(3) NOT NULL,
    "compteur" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "limite_debit_pkey" PRIMARY KEY ("cle","fenetreDebut")
);

-- CreateTable
CREATE TABLE "courriel" (
    "id" UUID NOT NULL,
    "destinataire" TEXT NOT NULL,
    "sujet" TEXT NOT NULL,
    "texte" TEXT NOT NULL,
    "html" TEXT,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "envoyeLe" TIMESTAMP(3),
    "erreur" TEXT,
    "tentatives" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "courriel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_ami" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ouvertureLe" TIMESTAMP(3) NOT NULL,
    "clotureLe" TIMESTAMP(3) NOT NULL,
    "selectionLe" TIMESTAMP(3),
    "quotaLaureats" INTEGER,
    "budgetEuros" INTEGER,
    "piecesRequises" "TypePiece"[],
    "statut" "StatutSession" NOT NULL DEFAULT 'brouillon',
    "version" INTEGER NOT NULL DEFAULT 1,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_ami_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "critere_evaluation" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "libelle" TEXT NOT NULL,
    "description" TEXT,
    "poids" INTEGER NOT NULL,
    "ordre" INTEGER NOT NULL,

    CONSTRAINT "critere_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membre_jury" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "president" BOOLEAN NOT NULL DEFAULT false,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membre_jury_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "affectation_jury" (
    "id" UUID NOT NULL,
    "membreJuryId" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "affectation_jury_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation" (
    "id" UUID NOT NULL,
    "membreJuryId" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "critereId" UUID NOT NULL,
    "note" INTEGER NOT NULL,
    "commentaire" TEXT,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidature" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "format" "FormatAtelier" NOT NULL,
    "sessionId" UUID,
    "collectivitePrincipaleId" UUID NOT NULL,
    "serviceEtatId" UUID NOT NULL,
    "codeDepartement" TEXT NOT NULL,
    "codeRegion" TEXT NOT NULL,
    "statut" "StatutCandidature" NOT NULL DEFAULT 'brouillon',
    "version" INTEGER NOT NULL DEFAULT 1,
    "hashContenu" TEXT,
    "titre" TEXT NOT NULL,
    "localisation" TEXT,
    "objet" TEXT,
    "objectifs" TEXT,
    "ressources" TEXT,
    "dynamiquesTerritoire" TEXT,
    "dynamiquesAmenagement" TEXT,
    "debutPrevu" DATE,
    "dureeMois" INTEGER,
    "livrablesAttendus" TEXT,
    "disciplinesSouhaitees" TEXT[],
    "budgetMaterielEuros" INTEGER,
    "derogationDemandee" BOOLEAN NOT NULL DEFAULT false,
    "creeParId" UUID,
    "deposeeLe" TIMESTAMP(3),
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "candidature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "candidature_porteuse" (
    "candidatureId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,

    CONSTRAINT "candidature_porteuse_pkey" PRIMARY KEY ("candidatureId","organisationId")
);

-- CreateTable
CREATE TABLE "perimetre_commune" (
    "candidatureId" UUID NOT NULL,
    "codeInsee" TEXT NOT NULL,

    CONSTRAINT "perimetre_commune_pkey" PRIMARY KEY ("candidatureId","codeInsee")
);

-- CreateTable
CREATE TABLE "perimetre_epci" (
    "candidatureId" UUID NOT NULL,
    "epciSiren" TEXT NOT NULL,

    CONSTRAINT "perimetre_epci_pkey" PRIMARY KEY ("candidatureId","epciSiren")
);

-- CreateTable
CREATE TABLE "contact_candidature" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "partie" "PartieSignataire" NOT NULL,
    "nom" TEXT NOT NULL,
    "fonction" TEXT,
    "email" TEXT NOT NULL,
    "telephone" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "contact_candidature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fichier" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "typeMime" TEXT NOT NULL,
    "contenu" BYTEA NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fichier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "piece" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "type" "TypePiece" NOT NULL,
    "emplacement" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "courante" BOOLEAN NOT NULL DEFAULT true,
    "nomFichier" TEXT NOT NULL,
    "fichierId" UUID NOT NULL,
    "deposeeParId" UUID,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "piece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signature" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "partie" "PartieSignataire" NOT NULL,
    "organisationId" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "hashContenu" TEXT NOT NULL,
    "avis" "AvisEtat",
    "avisTexte" TEXT,
    "signeeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invalideeLe" TIMESTAMP(3),
    "motifInvalidation" TEXT,

    CONSTRAINT "signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "auteurId" UUID NOT NULL,
    "visibilite" "VisibiliteMessage" NOT NULL DEFAULT 'tous',
    "contenu" TEXT NOT NULL,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "depot" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "numero" INTEGER NOT NULL,
    "hashContenu" TEXT NOT NULL,
    "numeroRecepisse" TEXT NOT NULL,
    "deposeParId" UUID NOT NULL,
    "deposeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recepisseId" UUID,

    CONSTRAINT "depot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decision" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "type" "TypeDecision" NOT NULL,
    "motivation" TEXT NOT NULL,
    "decideParId" UUID NOT NULL,
    "decideeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "atelier" (
    "id" UUID NOT NULL,
    "candidatureId" UUID NOT NULL,
    "format" "FormatAtelier" NOT NULL,
    "titre" TEXT NOT NULL,
    "statut" "StatutAtelier" NOT NULL DEFAULT 'en_preparation',
    "serviceEtatId" UUID NOT NULL,
    "codeDepartement" TEXT NOT NULL,
    "codeRegion" TEXT NOT NULL,
    "piloteId" UUID,
    "referentDgalnId" UUID,
    "typeContrat" "TypeContrat",
    "referenceContrat" TEXT,
    "coutEquipeEuros" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "creeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "modifieLe" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "atelier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "atelier_collectivite" (
    "atelierId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "principale" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "atelier_collectivite_pkey" PRIMARY KEY ("atelierId","organisationId")
);

-- CreateTable
CREATE TABLE "membre_equipe" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "role" "RoleEquipe" NOT NULL,
    "structure" TEXT NOT NULL,
    "contact" TEXT,
    "disciplines" TEXT[],

    CONSTRAINT "membre_equipe_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "phase" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "type" "TypePhase" NOT NULL,
    "statut" "StatutPhase" NOT NULL DEFAULT 'a_venir',
    "debutPrevu" DATE,
    "finPrevue" DATE,
    "debutReel" DATE,
    "finReelle" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "validation_phase" (
    "id" UUID NOT NULL,
    "phaseId" UUID NOT NULL,
    "partie" "PartieSignataire" NOT NULL,
    "organisationId" UUID NOT NULL,
    "utilisateurId" UUID NOT NULL,
    "commentaire" TEXT,
    "valideeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "validation_phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "atelier_in_situ" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "phaseId" UUID,
    "titre" TEXT NOT NULL,
    "debutLe" TIMESTAMP(3) NOT NULL,
    "finLe" TIMESTAMP(3),
    "lieu" TEXT NOT NULL,
    "participants" INTEGER,
    "supports" TEXT,

    CONSTRAINT "atelier_in_situ_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "livrable" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "phaseId" UUID,
    "type" "TypeLivrable" NOT NULL,
    "titre" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "nomFichier" TEXT,
    "fichierId" UUID,
    "deposeParId" UUID,
    "deposeLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "livrable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "frais_materiel" (
    "id" UUID NOT NULL,
    "atelierId" UUID NOT NULL,
    "libelle" TEXT NOT NULL,
    "montantCentimes" INTEGER NOT NULL,
    "engageLe" DATE NOT NULL,

    CONSTRAINT "frais_materiel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evenement" (
    "id" BIGSERIAL NOT NULL,
    "survenuLe" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acteurId" UUID,
    "type" TEXT NOT NULL,
    "entite" TEXT NOT NULL,
    "entiteId" TEXT NOT NULL,
    "candidatureId" UUID,
    "atelierId" UUID,
    "resume" TEXT NOT NULL,
    "donnees" JSONB NOT NULL DEFAULT '{}',
    "hashPrecedent" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "evenement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "departement_codeRegion_idx" ON "departement"("codeRegion");

-- CreateIndex
CREATE UNIQUE INDEX "commune_siren_key" ON "commune"("siren");

-- CreateIndex
CREATE INDEX "commune_epciSiren_idx" ON "commune"("epciSiren");

-- CreateIndex
CREATE INDEX "commune_codeDepartement_idx" ON "commune"("codeDepartement");

-- CreateIndex
CREATE UNIQUE INDEX "import_referentiel_source_version_key" ON "import_referentiel"("source", "version");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_siren_key" ON "organisation"("siren");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_codeInsee_key" ON "organisation"("codeInsee");

-- CreateIndex
CREATE INDEX "organisation_type_codeDepartement_idx" ON "organisation"("type", "codeDepartement");

-- CreateIndex
CREATE INDEX "organisation_nom_recherche_prefixe_idx" ON "organisation"("nomRecherche" text_pattern_ops);

-- CreateIndex
CREATE UNIQUE INDEX "utilisateur_email_key" ON "utilisateur"("email");

-- CreateIndex
CREATE UNIQUE INDEX "utilisateur_proconnectSub_key" ON "utilisateur"("proconnectSub");

-- CreateIndex
CREATE INDEX "appartenance_organisationId_idx" ON "appartenance"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "appartenance_utilisateurId_organisationId_key" ON "appartenance"("utilisateurId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "invitation_jetonHash_key" ON "invitation"("jetonHash");

-- CreateIndex
CREATE INDEX "invitation_email_idx" ON "invitation"("email");

-- CreateIndex
CREATE INDEX "compte_connexion_utilisateurId_idx" ON "compte_connexion"("utilisateurId");

-- CreateIndex
CREATE UNIQUE INDEX "compte_connexion_provider_providerAccountId_key" ON "compte_connexion"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "session_connexion_sessionToken_key" ON "session_connexion"("sessionToken");

-- CreateIndex
CREATE INDEX "session_connexion_utilisateurId_idx" ON "session_connexion"("utilisateurId");

-- CreateIndex
CREATE UNIQUE INDEX "jeton_verification_token_key" ON "jeton_verification"("token");

-- CreateIndex
CREATE UNIQUE INDEX "jeton_verification_identifier_token_key" ON "jeton_verification"("identifier", "token");

-- CreateIndex
CREATE INDEX "courriel_destinataire_creeLe_idx" ON "courriel"("destinataire", "creeLe");

-- CreateIndex
CREATE INDEX "courriel_envoyeLe_idx" ON "courriel"("envoyeLe");

-- CreateIndex
CREATE UNIQUE INDEX "session_ami_slug_key" ON "session_ami"("slug");

-- CreateIndex
CREATE INDEX "session_ami_statut_clotureLe_idx" ON "session_ami"("statut", "clotureLe");

-- CreateIndex
CREATE UNIQUE INDEX "critere_evaluation_sessionId_ordre_key" ON "critere_evaluation"("sessionId", "ordre");

-- CreateIndex
CREATE INDEX "membre_jury_utilisateurId_idx" ON "membre_jury"("utilisateurId");

-- CreateIndex
CREATE UNIQUE INDEX "membre_jury_sessionId_utilisateurId_key" ON "membre_jury"("sessionId", "utilisateurId");

-- CreateIndex
CREATE INDEX "affectation_jury_candidatureId_idx" ON "affectation_jury"("candidatureId");

-- CreateIndex
CREATE UNIQUE INDEX "affectation_jury_membreJuryId_candidatureId_key" ON "affectation_jury"("membreJuryId", "candidatureId");

-- CreateIndex
CREATE INDEX "evaluation_candidatureId_idx" ON "evaluation"("candidatureId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_membreJuryId_candidatureId_critereId_key" ON "evaluation"("membreJuryId", "candidatureId", "critereId");

-- CreateIndex
CREATE UNIQUE INDEX "candidature_reference_key" ON "candidature"("reference");

-- CreateIndex
CREATE INDEX "candidature_statut_format_idx" ON "candidature"("statut", "format");

-- CreateIndex
CREATE INDEX "candidature_codeDepartement_statut_idx" ON "candidature"("codeDepartement", "statut");

-- CreateIndex
CREATE INDEX "candidature_collectivitePrincipaleId_format_statut_idx" ON "candidature"("collectivitePrincipaleId", "format", "statut");

-- CreateIndex
CREATE INDEX "candidature_sessionId_statut_idx" ON "candidature"("sessionId", "statut");

-- CreateIndex
CREATE INDEX "candidature_modifieLe_idx" ON "candidature"("modifieLe");

-- CreateIndex
CREATE INDEX "candidature_porteuse_organisationId_idx" ON "candidature_porteuse"("organisationId");

-- CreateIndex
CREATE INDEX "perimetre_commune_codeInsee_idx" ON "perimetre_commune"("codeInsee");

-- CreateIndex
CREATE INDEX "contact_candidature_candidatureId_idx" ON "contact_candidature"("candidatureId");

-- CreateIndex
CREATE INDEX "fichier_sha256_idx" ON "fichier"("sha256");

-- CreateIndex
CREATE INDEX "piece_candidatureId_courante_idx" ON "piece"("candidatureId", "courante");

-- CreateIndex
CREATE UNIQUE INDEX "piece_emplacement_version_key" ON "piece"("emplacement", "version");

-- CreateIndex
CREATE INDEX "signature_candidatureId_invalideeLe_idx" ON "signature"("candidatureId", "invalideeLe");

-- CreateIndex
CREATE INDEX "message_candidatureId_creeLe_idx" ON "message"("candidatureId", "creeLe");

-- CreateIndex
CREATE UNIQUE INDEX "depot_numeroRecepisse_key" ON "depot"("numeroRecepisse");

-- CreateIndex
CREATE UNIQUE INDEX "depot_candidatureId_numero_key" ON "depot"("candidatureId", "numero");

-- CreateIndex
CREATE INDEX "decision_candidatureId_idx" ON "decision"("candidatureId");

-- CreateIndex
CREATE UNIQUE INDEX "atelier_candidatureId_key" ON "atelier"("candidatureId");

-- CreateIndex
CREATE INDEX "atelier_codeDepartement_statut_idx" ON "atelier"("codeDepartement", "statut");

-- CreateIndex
CREATE INDEX "atelier_statut_format_idx" ON "atelier"("statut", "format");

-- CreateIndex
CREATE INDEX "atelier_collectivite_organisationId_idx" ON "atelier_collectivite"("organisationId");

-- CreateIndex
CREATE INDEX "membre_equipe_atelierId_idx" ON "membre_equipe"("atelierId");

-- CreateIndex
CREATE UNIQUE INDEX "phase_atelierId_type_key" ON "phase"("atelierId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "validation_phase_phaseId_partie_key" ON "validation_phase"("phaseId", "partie");

-- CreateIndex
CREATE INDEX "atelier_in_situ_atelierId_debutLe_idx" ON "atelier_in_situ"("atelierId", "debutLe");

-- CreateIndex
CREATE INDEX "livrable_atelierId_idx" ON "livrable"("atelierId");

-- CreateIndex
CREATE INDEX "frais_materiel_atelierId_idx" ON "frais_materiel"("atelierId");

-- CreateIndex
CREATE UNIQUE INDEX "evenement_hash_key" ON "evenement"("hash");

-- CreateIndex
CREATE INDEX "evenement_candidatureId_id_idx" ON "evenement"("candidatureId", "id");

-- CreateIndex
CREATE INDEX "evenement_atelierId_id_idx" ON "evenement"("atelierId", "id");

-- CreateIndex
CREATE INDEX "evenement_entite_entiteId_idx" ON "evenement"("entite", "entiteId");

-- AddForeignKey
ALTER TABLE "departement" ADD CONSTRAINT "departement_codeRegion_fkey" FOREIGN KEY ("codeRegion") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune" ADD CONSTRAINT "commune_codeDepartement_fkey" FOREIGN KEY ("codeDepartement") REFERENCES "departement"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commune" ADD CONSTRAINT "commune_epciSiren_fkey" FOREIGN KEY ("epciSiren") REFERENCES "epci"("siren") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appartenance" ADD CONSTRAINT "appartenance_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invitantId_fkey" FOREIGN KEY ("invitantId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "compte_connexion" ADD CONSTRAINT "compte_connexion_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_connexion" ADD CONSTRAINT "session_connexion_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "critere_evaluation" ADD CONSTRAINT "critere_evaluation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session_ami"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membre_jury" ADD CONSTRAINT "membre_jury_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session_ami"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membre_jury" ADD CONSTRAINT "membre_jury_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affectation_jury" ADD CONSTRAINT "affectation_jury_membreJuryId_fkey" FOREIGN KEY ("membreJuryId") REFERENCES "membre_jury"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "affectation_jury" ADD CONSTRAINT "affectation_jury_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_membreJuryId_fkey" FOREIGN KEY ("membreJuryId") REFERENCES "membre_jury"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_critereId_fkey" FOREIGN KEY ("critereId") REFERENCES "critere_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature" ADD CONSTRAINT "candidature_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "session_ami"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature" ADD CONSTRAINT "candidature_collectivitePrincipaleId_fkey" FOREIGN KEY ("collectivitePrincipaleId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature" ADD CONSTRAINT "candidature_serviceEtatId_fkey" FOREIGN KEY ("serviceEtatId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature" ADD CONSTRAINT "candidature_creeParId_fkey" FOREIGN KEY ("creeParId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature_porteuse" ADD CONSTRAINT "candidature_porteuse_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "candidature_porteuse" ADD CONSTRAINT "candidature_porteuse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_commune" ADD CONSTRAINT "perimetre_commune_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_commune" ADD CONSTRAINT "perimetre_commune_codeInsee_fkey" FOREIGN KEY ("codeInsee") REFERENCES "commune"("codeInsee") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perimetre_epci" ADD CONSTRAINT "perimetre_epci_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contact_candidature" ADD CONSTRAINT "contact_candidature_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "piece" ADD CONSTRAINT "piece_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "piece" ADD CONSTRAINT "piece_fichierId_fkey" FOREIGN KEY ("fichierId") REFERENCES "fichier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "piece" ADD CONSTRAINT "piece_deposeeParId_fkey" FOREIGN KEY ("deposeeParId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "depot" ADD CONSTRAINT "depot_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "depot" ADD CONSTRAINT "depot_deposeParId_fkey" FOREIGN KEY ("deposeParId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "depot" ADD CONSTRAINT "depot_recepisseId_fkey" FOREIGN KEY ("recepisseId") REFERENCES "fichier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decision" ADD CONSTRAINT "decision_decideParId_fkey" FOREIGN KEY ("decideParId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier" ADD CONSTRAINT "atelier_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier" ADD CONSTRAINT "atelier_serviceEtatId_fkey" FOREIGN KEY ("serviceEtatId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier" ADD CONSTRAINT "atelier_piloteId_fkey" FOREIGN KEY ("piloteId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier" ADD CONSTRAINT "atelier_referentDgalnId_fkey" FOREIGN KEY ("referentDgalnId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier_collectivite" ADD CONSTRAINT "atelier_collectivite_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier_collectivite" ADD CONSTRAINT "atelier_collectivite_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membre_equipe" ADD CONSTRAINT "membre_equipe_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "phase" ADD CONSTRAINT "phase_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "validation_phase" ADD CONSTRAINT "validation_phase_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "phase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "validation_phase" ADD CONSTRAINT "validation_phase_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "validation_phase" ADD CONSTRAINT "validation_phase_utilisateurId_fkey" FOREIGN KEY ("utilisateurId") REFERENCES "utilisateur"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier_in_situ" ADD CONSTRAINT "atelier_in_situ_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "atelier_in_situ" ADD CONSTRAINT "atelier_in_situ_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "livrable" ADD CONSTRAINT "livrable_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "livrable" ADD CONSTRAINT "livrable_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "livrable" ADD CONSTRAINT "livrable_fichierId_fkey" FOREIGN KEY ("fichierId") REFERENCES "fichier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "livrable" ADD CONSTRAINT "livrable_deposeParId_fkey" FOREIGN KEY ("deposeParId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "frais_materiel" ADD CONSTRAINT "frais_materiel_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evenement" ADD CONSTRAINT "evenement_acteurId_fkey" FOREIGN KEY ("acteurId") REFERENCES "utilisateur"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evenement" ADD CONSTRAINT "evenement_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "candidature"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evenement" ADD CONSTRAINT "evenement_atelierId_fkey" FOREIGN KEY ("atelierId") REFERENCES "atelier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Journal d'audit en ajout seul (ajouté à la main : Prisma ne gère pas les déclencheurs,
-- et la comparaison de dérive les ignore). UPDATE, DELETE et TRUNCATE sont refusés, y compris
-- les mises à NULL des clés étrangères (ON DELETE SET NULL) : une ligne référencée par le
-- journal (utilisateur, candidature, atelier) ne peut donc pas être supprimée.
CREATE FUNCTION "evenement_ajout_seul"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Le journal d''audit est en ajout seul : % interdit sur la table evenement', TG_OP
        USING HINT = 'Consigner un nouvel événement plutôt que modifier ou supprimer un événement existant.';
END;
$$;

CREATE TRIGGER "evenement_ajout_seul_lignes"
    BEFORE UPDATE OR DELETE ON "evenement"
    FOR EACH ROW EXECUTE FUNCTION "evenement_ajout_seul"();

CREATE TRIGGER "evenement_ajout_seul_vidage"
    BEFORE TRUNCATE ON "evenement"
    FOR EACH STATEMENT EXECUTE FUNCTION "evenement_ajout_seul"();
