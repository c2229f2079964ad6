// Generated from openapi.json by scripts/generate-openapi.ts (openapi-typescript): do not edit.
// Named aliases for the web app are in src/web/api-types.ts.

export interface paths {
    "/api/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities you may see, latest first
         * @description Filters answer "what was done under OP9 in 2014?": `?mandate=68/187/OP9&year=2014`.
         */
        get: operations["listActivities"];
        put?: never;
        /** Plan an activity (answers with the overlaps found; new ones join the coordinators’ queue) */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the activity list as CSV, XLSX or iCalendar, with the same filters and scope as the list */
        get: operations["exportActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/overlap-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of the coordination warning: other entities’ activities this plan would overlap
         * @description Nothing is saved. The other activity’s title is shown only if you may read it; its entity and dates always.
         */
        post: operations["checkActivityOverlaps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An activity with its results and the request, programme and strategy it serves */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an activity (the overlap check runs again)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateActivity"];
        trace?: never;
    };
    "/api/v1/activities/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a result of an activity (a ratification names its participation event) */
        post: operations["createActivityResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assistance requests you may see, most recently changed first
         * @description A State’s focal points see its requests (drafts included); an entity’s officers those addressed to it (within their regions); coordinators every submitted one. view=queue: addressed to your entities and awaiting them; view=mine: your State’s.
         */
        get: operations["listAssistanceRequests"];
        put?: never;
        /**
         * Open a draft request
         * @description A focal point asks for their own State; an officer records a note verbale (recordedOnBehalf, with the note attached) for a request addressed to their own entity. Attachments are documents you may read.
         */
        post: operations["createAssistanceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance-requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the request list as CSV or XLSX, with the same filters and scope as the list */
        get: operations["exportAssistanceRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request with its timeline, conversation, activities and results */
        get: operations["getAssistanceRequest"];
        put?: never;
        post?: never;
        /** Delete a draft (409 INVALID_TRANSITION once submitted: a submitted request is withdrawn, not deleted) */
        delete: operations["deleteAssistanceRequest"];
        options?: never;
        head?: never;
        /**
         * Change a draft (409 INVALID_TRANSITION once submitted)
         * @description Send only the fields you changed. Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateAssistanceRequest"];
        trace?: never;
    };
    "/api/v1/assistance-requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write in the conversation between the State and the entity */
        post: operations["postAssistanceRequestMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance-requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fire a workflow event: submit, start-review, accept, decline, refer, plan, start-delivery, complete, evaluate, withdraw
         * @description An event out of order answers 409 INVALID_TRANSITION and changes nothing; one that is not yours 403. decline needs a reason and a comment; refer and withdraw a comment; refer opens a new request, submitted, for the entity it is referred to. abilities.events lists what you may fire now. Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        post: operations["transitionAssistanceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit trail entries, newest first */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the audit trail as CSV or JSON, with the same filters as the list
         * @description Newest first, with each entry’s hashes. The export itself is recorded in the audit trail.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the hash chain of the whole audit trail
         * @description Names the first entry edited, deleted or reordered behind the application’s back, if any.
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the OpenID provider sends the browser back (browser navigation)
         * @description Redirects to the page the sign-in started from, or to /sign-in?error=sso_unknown_account (no account: accounts come by invitation) or /sign-in?error=sso_failed.
         */
        get: operations["finishOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start signing in through the OpenID provider (browser navigation)
         * @description Redirects to the provider. `returnTo` is where to land after signing in: a path on this site (anything else is ignored). 404 when single sign-on is not configured.
         */
        get: operations["startOidcSignIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link by e-mail
         * @description Always 202, whether or not the address has an account. The link works once, within an hour.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with a reset link
         * @description Ends every session of the person. A used, expired or unknown link answers 400 (token_invalid).
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete signing in with the code from the authenticator app
         * @description Needs the pending session of the password step. A code already used answers 401.
         */
        post: operations["verifySecondFactor"];
        /**
         * Turn the second factor off (password required)
         * @description Refused (409) when the person’s roles require a second factor.
         */
        delete: operations["removeSecondFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up a second factor (TOTP): a new secret and its QR code
         * @description Inactive until confirmed with a code. Refused (409) while a second factor is active.
         */
        post: operations["startSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn the second factor on with a code from the app
         * @description A session waiting for this enrolment becomes complete (with a new id). The answer carries ten recovery codes, shown this once.
         */
        post: operations["confirmSecondFactorEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/second-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes with ten new ones (password or a code from the app required)
         * @description Every old code stops working. The new codes are in this answer only.
         */
        post: operations["createAuthSecondFactorRecoveryCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, how far through signing in, and the CSRF token to send
         * @description Without a session, sets the accord_csrf cookie whose value is the CSRF token until sign-in.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Always starts a new session (cookie). The stage says what comes next: second-factor, enrol-second-factor or complete. Wrong credentials answer 401 whether or not the account exists; repeated failures answer 429.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session on the server and clears its cookie */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participation events newest first: as Accord recorded them, or (sort=acts) by the date of the act */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/changes.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest 100 changes as an Atom feed */
        get: operations["getChangesFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory of competent authorities, by State, kind and name
         * @description Contacts and fields a State did not make public are null (named in `withheld`) unless you may read them; reads that show contacts are audited.
         */
        get: operations["listCooperationAuthorities"];
        put?: never;
        /** Add an entry for your State (its focal points and central-authority practitioners) */
        post: operations["createCooperationAuthority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the directory of competent authorities as CSV (the import’s layout)
         * @description One row per authority, with what the caller may read: the public sees that an authority exists, its channels and languages and what its State made public; practitioners, UN officers and the State’s own people see everything, and such a download is audited. Withheld cells are empty and named in `withheld`; importing the file again changes nothing.
         */
        get: operations["getCooperationAuthoritiesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory of competent authorities as a printable page (print it to PDF)
         * @description Grouped by State, one block per authority, in the language asked for; the same rules as the CSV (what the caller may read; withheld fields are named; a page showing contact details is audited). The page runs and loads nothing.
         */
        get: operations["getCooperationAuthoritiesHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities/file-layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The columns and limits of a directory file, and whether the caller may import one */
        get: operations["getCooperationAuthoritiesFileLayout"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a directory file (multipart/form-data, field `file`): dry run by default
         * @description dryRun=true (the default) answers the difference with what is held for the States the file covers (new, changed field by field, unchanged, held but absent) and every problem by line and column, and writes nothing. dryRun=false writes the new and changed entries in one transaction, or nothing: a file with any problem is refused (400, one issue per problem). Entries absent from the file are kept. The caller must be allowed to import for every State in the file; otherwise 403, naming the States (params.stateCodes).
         */
        post: operations["createCooperationAuthoritiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry of the directory, as you may see it */
        get: operations["getCooperationAuthority"];
        put?: never;
        post?: never;
        /**
         * Remove an entry of your State (its history stays)
         * @description Send If-Match with the GET’s ETag: 428 without it, 412 when the entry changed since; nothing is removed.
         */
        delete: operations["deleteCooperationAuthority"];
        options?: never;
        head?: never;
        /**
         * Change an entry of your State (saving confirms it)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the entry as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateCooperationAuthority"];
        trace?: never;
    };
    "/api/v1/cooperation/authorities/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm that an entry of your State is still correct
         * @description The entry is no longer stale; a revision "confirmed" is kept. Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the entry as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        post: operations["createCooperationAuthorityConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/authorities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of an entry, latest first, as you may see it */
        get: operations["getCooperationAuthorityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/bilateral-treaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bilateral extradition and mutual legal assistance treaties, by State, pair, kind and date in force */
        get: operations["listCooperationBilateralTreaties"];
        put?: never;
        /**
         * Record a bilateral treaty
         * @description A State’s focal points and central-authority practitioners record treaties of their State; administrators and UN officers any pair. 400 names each field at fault (an unknown State, dates out of order: signed ≤ in force ≤ terminated); 409 when the same pair, kind and title is recorded already.
         */
        post: operations["createCooperationBilateralTreaty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/bilateral-treaties/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import bilateral treaties from a CSV file (multipart/form-data, field "file")
         * @description With dryRun=true nothing is written: the answer lists what would be created, what is already recorded (same pair, kind and title) and every row’s problems by line and column. Without, every new row is written in one transaction, or, when any row has a problem, none (400 listing them). A person imports only pairs they may record one by one.
         */
        post: operations["createCooperationBilateralTreatiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/bilateral-treaties/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bilateral treaty */
        get: operations["getCooperationBilateralTreaty"];
        put?: never;
        post?: never;
        /** Remove a bilateral treaty entered in error */
        delete: operations["deleteCooperationBilateralTreaty"];
        options?: never;
        head?: never;
        /**
         * Correct a bilateral treaty
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateCooperationBilateralTreaty"];
        trace?: never;
    };
    "/api/v1/cooperation/conducts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conducts the finder asks about, with the instruments each rests on */
        get: operations["listCooperationConducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What States declared that changes a cooperation answer, by State, treaty and kind
         * @description A State and treaty with no entry here: not known (no source recorded it), not "no declaration".
         */
        get: operations["listCooperationDeclarations"];
        put?: never;
        /**
         * Record what a State declared
         * @description A State’s focal points and practitioners for their State; administrators and UN officers for any. 400 names an unknown State (stateCode) or treaty (instrumentId); 409 when the same State, treaty, kind and article is recorded.
         */
        post: operations["createCooperationDeclaration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/declarations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One State’s declaration */
        get: operations["getCooperationDeclaration"];
        put?: never;
        post?: never;
        /** Remove a declaration entered in error */
        delete: operations["deleteCooperationDeclaration"];
        options?: never;
        head?: never;
        /**
         * Correct a State’s declaration
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateCooperationDeclaration"];
        trace?: never;
    };
    "/api/v1/cooperation/legal-basis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which treaty lets one State ask another for extradition or mutual legal assistance, on a date
         * @description Every treaty in force for both States on the date that covers the conduct, with the articles to cite, the evidence (both States’ acts and sources), caveats, near misses, bilateral treaties and declarations recorded, and the requested State’s competent authorities (public fields only). 400 names the field of an unknown State, or `to` when both States are the same.
         */
        get: operations["listCooperationLegalBasis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For one conduct and kind, how many treaties bind each ordered pair of States on a date
         * @description One character per ordered pair (see `cells`); blind spots are pairs with no treaty basis known.
         */
        get: operations["listCooperationPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/pairs.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the pair view as CSV
         * @description One row per requesting State, one column per requested State (a count, "?" or "-"), and the row’s blind spots.
         */
        get: operations["getCooperationPairsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/pairs.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the pair view as XLSX
         * @description The matrix, a sheet of the blind spots (one row per pair) and an About sheet.
         */
        get: operations["getCooperationPairsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/request-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The template of a request for MLA or extradition, in one of the six UN languages
         * @description Every word the wizard and the documents use: the title, each step’s heading and introduction, each item’s label and hint, the labels of the content’s fields, the vocabularies (measures, assurances, warrants, urgencies) and the documents’ fixed sentences, with the template’s essentials (item → required or recommended). From data/templates/cooperation/, reviewed like code.
         */
        get: operations["getCooperationRequestTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The requests you are a party to, the latest change first
         * @description Those your State authority drafts or you are named on, and those sent to the State you practise for. Empty for anyone else.
         */
        get: operations["listCooperationRequests"];
        put?: never;
        /**
         * Start drafting a request for MLA or extradition (central-authority practitioners of a State authority)
         * @description Fills the requesting authority and contact from you, the requested authority from the directory, and with `fromFinder` the treaty and articles of the legal-basis answer. Anyone who does not draft requests gets 404.
         */
        post: operations["createCooperationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures on requests for MLA and extradition sent in a year: by pair of regions, time to execution, refusals by ground
         * @description Drafts never count. No figure rests on fewer than 5 requests (null, or a pair left out), and none can be recomputed by subtracting published ones: a second cell is suppressed with a lone small one. One table per year and kind; sums across them would open that door, so none is offered.
         */
        get: operations["listCooperationRequestsStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request as you may see it (every read is audited)
         * @description The content only to the requesting authority, and to the requested one if it was shared. To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        get: operations["getCooperationRequest"];
        put?: never;
        post?: never;
        /**
         * Delete a draft (409 once sent: a sent request is withdrawn, not deleted)
         * @description Send If-Match with the GET’s ETag: 428 without it, 412 when it changed since. To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        delete: operations["deleteCooperationRequest"];
        options?: never;
        head?: never;
        /**
         * Save a step of a draft, or whether the requested authority sees the content
         * @description Each part sent replaces the stored part (merged over it). Content changes only while a draft (409 after). Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the request as it is now when it changed since; nothing is written. To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        patch: operations["updateCooperationRequest"];
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a supporting document to a draft (multipart/form-data)
         * @description Stored as a library document naming the requesting authority’s practitioners and the people named on the request; the file is checked as every document is (type from the bytes and the extension, at most 10 MiB). To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        post: operations["createCooperationRequestAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/attachments/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a supporting document off a draft (it stays in the library for the people it names)
         * @description To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        delete: operations["deleteCooperationRequestAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/document.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request as a Word document (DOCX), to sign and send
         * @description In the language asked for, by default the one chosen on the request (`content.requested.language`); the template’s words exist in the six UN languages, so another language is refused (400 naming `language`). What people wrote is printed as written; an empty field prints the template’s “not stated”. Only for those who may read the request’s content (otherwise 404, as for a request that does not exist); each download is audited.
         */
        get: operations["getCooperationRequestDocumentDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/document.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request as a printable page (print it to PDF)
         * @description In the language asked for, by default the one chosen on the request (`content.requested.language`); the template’s words exist in the six UN languages, so another language is refused (400 naming `language`). What people wrote is printed as written; an empty field prints the template’s “not stated”. Only for those who may read the request’s content (otherwise 404, as for a request that does not exist); each download is audited.
         */
        get: operations["getCooperationRequestDocumentHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate a request for another requested State (a new draft)
         * @description The same content; the requested authority filled again from that State’s directory. To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        post: operations["createCooperationRequestDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversation between the two authorities of a sent request, oldest first
         * @description A person’s name is shown to their own side; the other sees the side. A draft has none (409). Every read is audited.
         */
        get: operations["listCooperationRequestMessages"];
        put?: never;
        /**
         * Write in the conversation between the two authorities (once the request is sent)
         * @description Both authorities are notified, in the app and by mail. A draft has no conversation (409).
         */
        post: operations["createCooperationRequestMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/share-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom the request may be shared with: the people of the requesting State’s authorities, by name
         * @description To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        get: operations["listCooperationRequestShareCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name the people outside the requesting authority who may work on it
         * @description Only people of the requesting State’s authorities (else 400 naming userIds.N). The list replaces the one stored. Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the request as it is now when it changed since; nothing is written. To anyone who is not a party to the request (another State’s practitioners, donors, officers, the public) it does not exist: 404.
         */
        put: operations["replaceCooperationRequestShare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cooperation/requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an event: send, receive, start-execution, request-information, provide-information, execute-partially, execute, refuse, withdraw
         * @description The requesting authority sends, provides information and withdraws; the requested one records the rest. An event out of order answers 409 INVALID_TRANSITION; the other side’s 403; refuse needs its ground. send answers 409 while an item is missing, with params.missing and an issue per item at ["content", step, item]. receive takes the requested authority’s reference. Anyone not a party gets 404. Send If-Match with the record’s ETag (or version in the body): 428 without it, 412 with the record as it is now.
         */
        post: operations["createCooperationRequestTransition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * States ranked by open gaps: universal instruments not joined and needs without an open request
         * @description By default only the States without assistance (no open request, no activity in the last 24 months); `include=all` ranks every State. Most open gaps first, ties by code. Unknown treaty status is counted apart, never as a gap; legislative incorporation is not known yet.
         */
        get: operations["listCoordinationGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/gaps/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the gaps ranking as CSV or XLSX, with the same filters (every State ranked, with its rank) */
        get: operations["exportCoordinationGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/overlaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The overlap queue: pairs of activities of different entities for the same State and theme over dates that meet
         * @description Open: the soonest first. Resolved: the latest resolved first. Titles only of activities you may read.
         */
        get: operations["listCoordinationOverlaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/overlaps/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the overlap queue as CSV or XLSX, with the same filters (every pair)
         * @description What the queue shows: titles only of activities you may read.
         */
        get: operations["exportCoordinationOverlaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/overlaps/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve an overlap (coordinators; officers of either entity)
         * @description A comment is required. Resolving a resolved overlap answers 409, nothing changed.
         */
        post: operations["resolveOverlap"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/who-does-what-where": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who does what, where: State × theme × entity, with the number of activities and their dates
         * @description Every activity that is not cancelled and whose dates meet the period counts, whatever its confidentiality: the view shows that an entity works there (name, counts, dates), never what it does. Default period: a year back to a year ahead. Sorted by State, theme, entity.
         */
        get: operations["getCoordinationWhoDoesWhatWhere"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coordination/who-does-what-where/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download "who does what, where" as CSV or XLSX, with the same filters (every cell) */
        get: operations["exportCoordinationWhoDoesWhatWhere"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Documents you may see, newest first
         * @description Anonymous callers see public documents; each person sees what their memberships admit.
         */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Upload a document (multipart/form-data)
         * @description Fields: file, title, description, confidentiality, stateCode (required for state-restricted), ownerOrganisationId, sharedOrganisationIds and namedUserIds (repeat the field for each id), language. The library metadata: kind, stateCodes, languages, instrumentIds, themes, mandates (repeat the field for each), documentDate, versionLabel, source, translationOf. Allowed files: PDF, DOCX, XLSX, ODT, TXT (UTF-8), HTML, PNG, JPEG, at most 10 MiB; the type is checked from the bytes and the extension. The text of PDF, DOCX, HTML and TXT is extracted for search and its language detected. A file already held by records you may see is kept and they are named in `duplicates`. A focal point writes about their own State only.
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the document list as CSV, with the same filters and scope as the list */
        get: operations["exportDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's metadata (reading a named-people document is audited) */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** Delete a document and its file */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /**
         * Change a document's metadata (not its file)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/api/v1/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document's file (a named-people document's download is audited) */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Save a record for reading offline: one HTML file with its metadata, text, provisions and file
         * @description The same rule as the file (a named-people record’s read is audited). Served as an attachment, sandboxed.
         */
        get: operations["getDocumentOffline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/provisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A national law's provisions, in the law's order, with the checklist they map to */
        get: operations["listDocumentProvisions"];
        put?: never;
        /** Add a provision to a national law, mapped to the requirements it implements */
        post: operations["createDocumentProvision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}/provisions/{provisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One provision of a national law */
        get: operations["getDocumentProvision"];
        put?: never;
        post?: never;
        /** Delete a provision */
        delete: operations["deleteDocumentProvision"];
        options?: never;
        head?: never;
        /** Change a provision (If-Match: the GET’s ETag) */
        patch: operations["updateDocumentProvision"];
        trace?: never;
    };
    "/api/v1/feeds/{token}.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A subscription’s Atom feed (newest 50 notifications)
         * @description The secret in the URL is the credential. Read as the subscriber: only records they may still see, titles in their first language. 404 for an unknown secret, a deleted subscription or a disabled account.
         */
        get: operations["getSubscriptionFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/allocations/{id}/expenditures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record expenditure against an allocation
         * @description Never more than the allocation’s balance (409 names what is left), never dated before the allocation.
         */
        post: operations["createFundingAllocationExpenditure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals and balances per donor at a date, per currency and in US dollars */
        get: operations["listFundingBalances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pledges and contributions you may read, newest first, each with its balance at a date
         * @description The assisting entities’ people read all; a donor’s representatives their own donor’s.
         */
        get: operations["listFundingContributions"];
        put?: never;
        /**
         * Record a pledge or contribution (cash valued at the rate of its date, or in kind with its valuation)
         * @description Without `rate`, a cash amount in another currency than the US dollar is valued at the latest imported rate on or before its date (of `rateSource` when named); none → 400 naming the currency. Earmarks: none, programme (its id), region (a regional group), theme, mandate (68/187/OP9), state (its code).
         */
        post: operations["createFundingContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pledge or contribution with its allocations and expenditure, and their balances at a date */
        get: operations["getFundingContribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a pledge or contribution
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now. The amount never falls below what is allocated from it (409); a new date revalues it at that date’s rate.
         */
        patch: operations["updateFundingContribution"];
        trace?: never;
    };
    "/api/v1/funding/contributions/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate part of a contribution to a programme or an activity
         * @description Never more than the contribution’s balance (409 names what is available), never from a pledge, never dated before the contribution.
         */
        post: operations["createFundingContributionAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/donors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A donor’s funding and where it went, on a day */
        get: operations["getFundingDonor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported exchange rates (units per US dollar), newest first, with the file each came from */
        get: operations["listFundingExchangeRates"];
        put?: never;
        /**
         * Import an exchange-rate table from a CSV file
         * @description Layouts: currency,date,units_per_usd (other columns ignored), or the ECB’s eurofxref-hist.csv (per-euro quotes, converted to per-dollar on import). Send text/csv with ?source=…&fileName=…, or JSON {source, fileName, content}. A file with a bad row is refused whole (400, each problem by line); the file’s SHA-256 is kept with each rate.
         */
        post: operations["createFundingExchangeRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/exports/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the contributions with allocations, expenditure and balances on a day, as CSV or XLSX */
        get: operations["listFundingExportsContributions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/funding/exports/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the funded programmes and activities as an IATI activity file (standard 2.03) */
        get: operations["getFundingExportsIati"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the service and its database */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import batches with their counts, newest first */
        get: operations["listImportBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import batch with its whole log (problems, skipped rows, unresolved names, changes, disagreements) */
        get: operations["getImportBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List instruments with their number of parties */
        get: operations["listInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instrument with every participant that signed or joined it */
        get: operations["getInstrument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The articles of an instrument whose text Accord holds: numbers and headings
         * @description Not paged: a treaty has at most a few dozen articles. 404 when the instrument is unknown or its text is not held.
         */
        get: operations["listInstrumentArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/articles/{article}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article’s authentic English text, with the articles before and after it */
        get: operations["getInstrumentArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/party-counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Number of parties over time: one point per date the number changed
         * @description Not paged: one point per date on which the number of parties changed, oldest first.
         */
        get: operations["getInstrumentPartyCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{id}/provisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an instrument says about cooperation: kind, article, paraphrase, and whether it was verified
         * @description Not paged: at most a few dozen rows per instrument, in the order of the reference file.
         */
        get: operations["listInstrumentProvisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending invitations, newest first */
        get: operations["listInvitations"];
        put?: never;
        /**
         * Invite someone to an organisation with a role
         * @description Sends a single-use link valid 7 days by e-mail (the link itself is never returned). A focal point may invite only to their own State's authorities, as focal point; only an administrator may invite an administrator.
         */
        post: operations["createInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/by-token/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an invitation link is for
         * @description 404 (reason token_invalid) when the link is unknown, used, withdrawn or expired.
         */
        get: operations["previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/by-token/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description New account: give displayName and password; a session starts (stage enrol-second-factor when the role requires a second factor, else complete). Existing account (accountExists): the role is added, nothing else is taken, and the person signs in as usual. 400 (issue code token_invalid) when the link is unknown, used, withdrawn or expired.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a pending invitation
         * @description Its link stops working. 409 when it was already accepted, withdrawn or expired.
         */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record how far a State's law incorporates one requirement, on the evidence of a provision
         * @description Supersedes the same organisation’s current assessment of the same State × requirement; other organisations’ stay (disagreements show).
         */
        post: operations["createLegislationAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an assessment (kept, marked superseded) */
        delete: operations["deleteLegislationAssessment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What each instrument requires States to enact: its checklist, each item citing its article
         * @description Not paged: 21 instruments, a few dozen items each.
         */
        get: operations["listLegislationChecklists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/checklists/{instrumentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One instrument's checklist */
        get: operations["getLegislationChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legislation/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** States × instruments: how far each State’s law incorporates each instrument (States with an assessment) */
        get: operations["getLegislationMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandates activities and programmes serve, with how many you may see under each */
        get: operations["listMandates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate registry: imported resolutions, the latest adopted first */
        get: operations["listMandatesResolutions"];
        put?: never;
        /**
         * Import a resolution from its text or HTML, in one of the six languages
         * @description The first language creates the resolution (operative paragraph n of 70/177 is mandate 70/177/OPn); another language of the same symbol adds its texts to the same paragraphs and must count the same paragraphs, else nothing is written (400, paragraph_mismatch). The same text again changes nothing (200, unchanged).
         */
        post: operations["createMandatesResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resolution: its paragraphs and their analysis, its links both ways, the corrections made */
        get: operations["getMandatesResolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mandates/resolutions/{id}/paragraphs/{paragraphId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct what the parser read in a paragraph (each changed field is kept with before and after)
         * @description Send If-Match with the resolution GET’s ETag (or version in the body): 428 without it, 412 with the resolution as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateMandatesResolutionParagraph"];
        trace?: never;
    };
    "/api/v1/mandates/vocabularies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate vocabularies: 68/187's paragraphs (today's), then each imported resolution's operative paragraphs */
        get: operations["listMandatesVocabularies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status of every participant in every instrument, as of a date
         * @description With `format`, redirects (307) to /matrix/export with the same filters, so a download link can be built from the URL of the view.
         */
        get: operations["getMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matrix/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the matrix as CSV, XLSX or JSON, with the same filters as the view
         * @description CSV: one row per participant; per instrument a status column headed by the instrument id and a date column `<id>_date`. XLSX: the same with instrument names, plus Instruments and About sheets.
         */
        get: operations["exportMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account */
        get: operations["getMyAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my name or languages
         * @description Send If-Match with the ETag of GET /me: 428 without it, 412 with the account as it is now when it changed since.
         */
        patch: operations["updateMyAccount"];
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, unread first, then newest */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark my notifications as read
         * @description Either the ids given or all of them. Ids that are not yours change nothing.
         */
        post: operations["markMyNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my password
         * @description Ends my other sessions. A wrong current password answers 400 at body.currentPassword.
         */
        put: operations["changeMyPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open sessions */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: operations["deleteMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What I follow (a State, a theme, an entity)
         * @description The feed URLs are not shown again: delete and follow again for a new one.
         */
        get: operations["listMySubscriptions"];
        put?: never;
        /**
         * Follow a State, a theme or an entity
         * @description Notifies you (in-app, and by e-mail if asked) of requests, activities and overlaps concerning it that you may see. Returns its Atom feed URL once, with its secret. 409 when you already follow it.
         */
        post: operations["createMySubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop following
         * @description Its feed stops working. Another person’s subscription is not found.
         */
        delete: operations["deleteMySubscription"];
        options?: never;
        head?: never;
        /**
         * Turn a subscription’s e-mails on or off
         * @description In-app notifications and the feed go on either way. Another person’s subscription is not found. Send If-Match "v<version>" (the version in the list): 428 without it, 412 with the subscription as it is now when it changed since.
         */
        patch: operations["updateMySubscription"];
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (the tokens themselves are never shown again) */
        get: operations["listMyTokens"];
        put?: never;
        /**
         * Create an API token
         * @description The token (accord_…) is in this answer only. It acts as me, limited to its scopes; send it as "Authorization: Bearer <token>".
         */
        post: operations["createMyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: operations["revokeMyToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs you may see, latest assessment first */
        get: operations["listNeeds"];
        put?: never;
        /**
         * Record a need found by an assessment (with its source)
         * @description A focal point records needs of their own State; officers within their regions; coordinators any.
         */
        post: operations["createNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the needs as CSV or XLSX, with the same filters and scope as the list */
        get: operations["exportNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/uncovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open needs nobody covers (no open request, no activity since the assessment, sharing a theme)
         * @description Coverage counts every request and activity, including those you may not read.
         */
        get: operations["listUncoveredNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/uncovered/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the open needs nobody covers as CSV or XLSX, with the same filters and scope as their list */
        get: operations["exportUncoveredNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A need, with the open requests and activities covering it */
        get: operations["getNeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a need (its State and holder stay)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateNeed"];
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations, by English name */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Add an organisation
         * @description A State authority names its State (stateCode); other kinds have none. An English name is required.
         */
        post: operations["createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename an organisation, correct its State, archive or restore it
         * @description The kind cannot change. Archiving ends the rights its memberships give, without deleting them. names changes only the languages it holds (an empty string removes one), so a translation saved meanwhile in another language stays. Send If-Match with the GET’s ETag: 428 without it, 412 with the organisation as it is now when someone changed it since.
         */
        patch: operations["updateOrganisation"];
        trace?: never;
    };
    "/api/v1/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List participants (States, observers, organisations) */
        get: operations["listParticipants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's treaty profile: status per instrument, gaps, timeline */
        get: operations["getParticipant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/participants/{code}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One State's gaps today: instruments not joined, legislation, needs without an open request
         * @description For the State's focal points and coordination readers (others: 403; which States exist is public). Needs are counted whoever may read them, and listed when you may.
         */
        get: operations["getParticipantGaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People, by name
         * @description Administrators see everyone; a focal point sees the people of their own State's authorities.
         */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person with their memberships */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or re-enable an account; make or unmake an administrator; reset a lost second factor
         * @description Disabling ends the person’s sessions and API tokens at once; resetting the second factor removes their authenticator and ends their sessions (they set up a new one at the next sign-in). Nobody may disable themselves or remove their own administrator flag (409). Send If-Match with the GET’s ETag: 428 without it, 412 with the person as they are now when someone changed them since.
         */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/v1/people/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a person a role in an organisation
         * @description The role must fit the organisation’s kind (a focal point only in a State authority, …).
         */
        post: operations["createPersonMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a role away */
        delete: operations["deletePersonMembership"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes you may see */
        get: operations["listProgrammes"];
        put?: never;
        /** Create a programme */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the programmes as CSV or XLSX, with the same filters and scope as the list */
        get: operations["exportProgrammes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A programme with its objectives, indicators and the activities under it */
        get: operations["getProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a programme
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateProgramme"];
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report drafts of the organisations you coordinate */
        get: operations["listReports"];
        put?: never;
        /** Create a draft of the Secretary-General's report for a period and a mandate set (its figures are computed now) */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report draft with its figures and skeleton */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft's title or narrative (per section; an empty text removes it)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the draft as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/api/v1/reports/{id}/figures/{figureId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The records behind one figure: those you may open, and how many you may not (hidden) */
        get: operations["listReportFigureRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute a draft's figures from the records as they are now (the narrative is kept)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the draft as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        post: operations["createReportRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/report.docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft as a Word document: sections, narrative, figure tables with footnotes naming their records, charts */
        get: operations["getReportReportDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft as a workbook: one sheet per section, figure ids and values, suppressed figures marked */
        get: operations["getReportReportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Results of the activities you may see, latest first */
        get: operations["listResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the results as CSV or XLSX, with the same filters and scope as the list */
        get: operations["exportResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/results/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratifications following assistance, per year, State and instrument, each with the records behind it
         * @description Counted from the participation events that results link to (dated by the deposit), never typed in.
         */
        get: operations["getResultsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the library, legal provisions, treaty articles and assistance records you may see
         * @description Full text in the six languages (Chinese and Arabic segmented and folded: diacritics, letter forms, clitics), best first, with snippets and the ranges that match. A query naming an instrument (its title or short name in any of the six languages) also finds the records tagged with it, after the direct matches. Facets narrow the results and are counted within them. Confidential records are found only by those who may read them.
         */
        get: operations["getSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a setup link may still be used
         * @description false once it is used, expired or replaced, or once an administrator exists.
         */
        get: operations["getSetup"];
        put?: never;
        /**
         * Invite the first administrator with the setup link
         * @description With the one-time link `accord serve` prints while there is no administrator: invites the first administrator and returns the invitation's token, whose page asks for a password and a second factor. 400 (issue code token_invalid) when the link is unknown, used, expired, or an administrator exists.
         */
        post: operations["createSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/states/{code}/legislation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A State's legislation: per instrument, the checklist with its current assessments, evidence and disagreements */
        get: operations["getStateLegislation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counter-terrorism strategies you may see */
        get: operations["listStrategies"];
        put?: never;
        /** Record a strategy */
        post: operations["createStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the strategies as CSV or XLSX, with the same filters and scope as the list */
        get: operations["exportStrategies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A strategy with its stage and the support given */
        get: operations["getStrategy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a strategy (a new stage is dated)
         * @description Send If-Match with the GET’s ETag (or version in the body): 428 without it, 412 with the record as it is now (the GET’s shape) when it changed since; nothing is written.
         */
        patch: operations["updateStrategy"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountView: {
            displayName: string;
            email: string;
            id: string;
            languages: string[];
            memberships: components["schemas"]["MembershipView"][];
            platformAdmin: boolean;
            /** @description Recovery codes not yet used (0 without a second factor). */
            recoveryCodesRemaining: number;
            /** @description A second factor (TOTP) is set up. */
            secondFactor: boolean;
            /** @description The person's roles require one: it cannot be turned off. */
            secondFactorRequired: boolean;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ActRef: {
            date: string | null;
            effectiveDate: string | null;
            /** @enum {string} */
            kind: "signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration";
            source: components["schemas"]["Source"];
        };
        Activity: {
            beneficiaries: {
                kind: string | null;
                name: string;
            }[];
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            endDate: string;
            followUp: string;
            id: string;
            instrumentIds: string[];
            kind: string;
            languages: string[];
            mandates: string[];
            namedUserIds: string[];
            online: boolean;
            organisationAcronym: string | null;
            organisationId: string;
            organisationName: string;
            outputs: string;
            participants: {
                byInstitutionKind: {
                    [key: string]: number;
                } | null;
                bySex: {
                    female: number;
                    male: number;
                    otherOrUndisclosed: number;
                } | null;
                total: number | null;
            };
            partnerOrganisationIds: string[];
            place: {
                city: string | null;
                countryCode: string;
            } | null;
            programmeId: string | null;
            requestId: string | null;
            sharedOrganisationIds: string[];
            startDate: string;
            stateCodes: string[];
            status: string;
            strategyId: string | null;
            themes: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ActivityAbilities: {
            /** @description May record a result of this activity. */
            recordResult: boolean;
            update: boolean;
        };
        ActivityChangesInput: {
            beneficiaries?: {
                kind: ("legislature" | "ministry-of-justice" | "ministry-of-foreign-affairs" | "ministry-of-interior" | "judiciary" | "prosecution" | "law-enforcement" | "financial-intelligence-unit" | "corrections" | "other-government" | "civil-society" | "academia" | "international-organisation" | "other") | null;
                name: string;
            }[];
            /**
             * @description Default: state-restricted.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            /**
             * Format: date
             * @description Inclusive.
             * @example 2014-07-10
             */
            endDate?: string;
            followUp?: string;
            instrumentIds?: string[];
            /** @enum {string} */
            kind?: "legislative-drafting-support" | "national-workshop" | "regional-workshop" | "training-course" | "mentoring" | "study-visit" | "technical-tool-or-publication" | "online-course";
            languages?: ("ar" | "zh" | "en" | "fr" | "ru" | "es")[];
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @description People named (you are always added). */
            namedUserIds?: string[];
            online?: boolean;
            /** @description The delivering entity. Default: your one entity. */
            organisationId?: string | null;
            outputs?: string;
            /** @description Counts only; every count given must agree with the others. */
            participants?: {
                byInstitutionKind?: {
                    [key: string]: number;
                } | null;
                bySex?: {
                    female: number;
                    male: number;
                    otherOrUndisclosed: number;
                } | null;
                total?: number | null;
            } | null;
            /** @description Partners delivering with it. */
            partnerOrganisationIds?: string[];
            place?: {
                city?: string | null;
                countryCode: string;
            } | null;
            programmeId?: string | null;
            /** @description The request it answers (accepted, planned or in delivery; addressed to the entity). */
            requestId?: string | null;
            /** @description Organisations it is shared with. */
            sharedOrganisationIds?: string[];
            /**
             * Format: date
             * @example 2014-07-10
             */
            startDate?: string;
            stateCodes?: string[];
            /** @enum {string} */
            status?: "planned" | "in-delivery" | "completed" | "cancelled";
            /** @description The strategy it supports. */
            strategyId?: string | null;
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        ActivityDetail: {
            beneficiaries: {
                kind: string | null;
                name: string;
            }[];
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            endDate: string;
            followUp: string;
            id: string;
            instrumentIds: string[];
            kind: string;
            languages: string[];
            mandates: string[];
            namedUserIds: string[];
            online: boolean;
            organisationAcronym: string | null;
            organisationId: string;
            organisationName: string;
            outputs: string;
            participants: {
                byInstitutionKind: {
                    [key: string]: number;
                } | null;
                bySex: {
                    female: number;
                    male: number;
                    otherOrUndisclosed: number;
                } | null;
                total: number | null;
            };
            partnerOrganisationIds: string[];
            place: {
                city: string | null;
                countryCode: string;
            } | null;
            programme: {
                code: string;
                id: string;
                name: string;
            } | null;
            programmeId: string | null;
            /** @description Only if you may read it. */
            request: {
                id: string;
                reference: string;
                status: string;
                title: string;
            } | null;
            requestId: string | null;
            results: components["schemas"]["AssistanceResult"][];
            sharedOrganisationIds: string[];
            startDate: string;
            stateCodes: string[];
            status: string;
            strategy: {
                id: string;
                stage: string;
                title: string;
            } | null;
            strategyId: string | null;
            themes: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ActivityListAbilities: {
            create: boolean;
            export: boolean;
        };
        ActivityOverlap: {
            /** @description Whether you may read the other activity. When false, only that an activity of another entity overlaps: every other field is empty. */
            disclosed: boolean;
            /** @description First shared day, when disclosed. */
            from: string | null;
            organisationId: string | null;
            /** @description The other entity, when disclosed. */
            organisationName: string | null;
            otherActivityId: string | null;
            /** @description States both serve (empty when not disclosed). */
            stateCodes: string[];
            /** @description Themes both cover (empty when not disclosed). */
            themes: string[];
            /** @description The other activity’s title, when disclosed. */
            title: string | null;
            /** @description Last shared day (inclusive), when disclosed. */
            to: string | null;
        };
        Allocation: {
            activityId: string | null;
            amount: string;
            balance: {
                allocated: string;
                asOf: string;
                balance: string;
                spent: string;
            };
            contributionId: string;
            createdAt: string;
            currency: string;
            date: string;
            expenditures: components["schemas"]["Expenditure"][];
            id: string;
            notes: string;
            programmeId: string | null;
        };
        /** @description Exactly one of programmeId and activityId. */
        AllocationCreateInput: {
            activityId?: string | null;
            /** @example 1250.50 */
            amount: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            date: string;
            notes?: string;
            programmeId?: string | null;
        };
        ApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description The first characters of the token, to tell tokens apart. */
            prefix: string;
            revokedAt: string | null;
            scopes: ("treaty-status:read" | "treaty-status:export" | "import-batch:read" | "import-batch:create" | "organisation:read" | "document:read" | "document:create" | "audit-log:read" | "audit-log:export" | "assistance-request:read" | "activity:read" | "programme:read" | "strategy:read" | "need:read" | "coordination:read" | "notification:read" | "legal-basis:read" | "legislation:read" | "library:search" | "authority:read" | "funding:read" | "mandate:read")[];
        };
        ApplicableTreaty: {
            caveats: components["schemas"]["Caveat"][];
            evidence: {
                requested: components["schemas"]["ParticipationEvidence"];
                requesting: components["schemas"]["ParticipationEvidence"];
            };
            /** @description The later of the two States’ dates of entry into force; null when one is not known. */
            inForceForBothFrom: string | null;
            instrument: components["schemas"]["InstrumentSummary"];
            /** @description The articles to cite: offence, legal basis, the obligation to assist or extradite. */
            provisions: components["schemas"]["CitedProvision"][];
        };
        ArticleListItem: {
            heading: string | null;
            number: string;
            /** @description False where the source gives no words for the article. */
            textHeld: boolean;
        };
        AssistanceRequestAbilities: {
            /** @description May write in the conversation. */
            comment: boolean;
            /** @description The workflow events you may fire now. */
            events: ("submit" | "start-review" | "accept" | "decline" | "refer" | "plan" | "start-delivery" | "complete" | "evaluate" | "withdraw")[];
            /** @description May change the draft. */
            update: boolean;
        };
        AssistanceRequestActivity: {
            /** Format: date */
            endDate: string;
            id: string;
            kind: string;
            organisationId: string;
            organisationName: string;
            /** Format: date */
            startDate: string;
            status: string;
            title: string;
        };
        AssistanceRequestAttachment: {
            fileName: string | null;
            id: string;
            mediaType: string | null;
            /** @description null when you may not read the document itself. */
            title: string | null;
        };
        AssistanceRequestChangesInput: {
            /**
             * Format: uuid
             * @description A UN entity or a regional organisation.
             */
            addressedToOrganisationId?: string;
            /** @description Documents you may read (upload them first through /documents). */
            attachmentDocumentIds?: string[];
            /** @description Instruments concerned (ids of /instruments). */
            instrumentIds?: string[];
            languages?: ("ar" | "zh" | "en" | "fr" | "ru" | "es")[];
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @enum {string} */
            modality?: "in-person" | "online" | "hybrid" | "no-preference";
            needs?: string;
            /** @description The note verbale (required when recorded on behalf). */
            noteVerbaleDocumentId?: string | null;
            priorities?: string;
            /** @description As named in a note verbale, when the authority is not in Accord. */
            requestingAuthorityName?: string | null;
            /** @description An authority of the State. Default for a focal point: theirs. */
            requestingOrganisationId?: string | null;
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title?: string;
            /** @enum {string} */
            urgency?: "low" | "normal" | "high" | "urgent";
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        AssistanceRequestDetail: {
            /** @description Activities under the request that you may see. */
            activities: components["schemas"]["AssistanceRequestActivity"][];
            addressedToOrganisationAcronym: string | null;
            addressedToOrganisationId: string;
            addressedToOrganisationName: string;
            attachmentDocumentIds: string[];
            attachments: components["schemas"]["AssistanceRequestAttachment"][];
            confidentiality: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            id: string;
            instrumentIds: string[];
            languages: string[];
            mandates: string[];
            messages: components["schemas"]["AssistanceRequestMessage"][];
            modality: string;
            needs: string;
            noteVerbaleDocumentId: string | null;
            priorities: string;
            recordedOnBehalf: boolean;
            /** @description <State>-<year>-<serial of the State in that year>, unique (FRA-2026-0003); requests made before per-State numbering keep REQ-<year>-<serial>. */
            reference: string;
            referredFrom: {
                id: string;
                reference: string;
            } | null;
            referredFromRequestId: string | null;
            requestingAuthorityName: string | null;
            requestingOrganisationId: string | null;
            requestingOrganisationName: string | null;
            results: components["schemas"]["AssistanceRequestResult"][];
            sharedOrganisationIds: string[];
            stateCode: string;
            stateName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "under-review" | "accepted" | "declined" | "referred" | "planned" | "in-delivery" | "completed" | "evaluated" | "withdrawn";
            /** Format: date-time */
            statusChangedAt: string;
            submittedAt: string | null;
            themes: string[];
            timeline: components["schemas"]["AssistanceRequestTimelineEntry"][];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            urgency: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        AssistanceRequestDraftInput: {
            /**
             * Format: uuid
             * @description A UN entity or a regional organisation.
             */
            addressedToOrganisationId: string;
            /** @description Documents you may read (upload them first through /documents). */
            attachmentDocumentIds?: string[];
            /** @description Instruments concerned (ids of /instruments). */
            instrumentIds?: string[];
            languages?: ("ar" | "zh" | "en" | "fr" | "ru" | "es")[];
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @enum {string} */
            modality?: "in-person" | "online" | "hybrid" | "no-preference";
            needs?: string;
            /** @description The note verbale (required when recorded on behalf). */
            noteVerbaleDocumentId?: string | null;
            priorities?: string;
            /**
             * @description Recorded by an officer of the addressed entity from the State’s note verbale.
             * @default false
             */
            recordedOnBehalf: boolean;
            /** @description As named in a note verbale, when the authority is not in Accord. */
            requestingAuthorityName?: string | null;
            /** @description An authority of the State. Default for a focal point: theirs. */
            requestingOrganisationId?: string | null;
            /** @description ISO 3166-1 alpha-3 of the requesting State. */
            stateCode: string;
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title: string;
            /** @enum {string} */
            urgency?: "low" | "normal" | "high" | "urgent";
        };
        AssistanceRequestListAbilities: {
            /** @description May open a request (a focal point) or record one (an officer). */
            create: boolean;
            /** @description May download this list as CSV or XLSX. */
            export: boolean;
        };
        AssistanceRequestMessage: {
            authorId: string | null;
            authorName: string | null;
            authorOrganisationId: string | null;
            authorOrganisationName: string | null;
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: string;
        };
        AssistanceRequestNewMessageInput: {
            body: string;
        };
        AssistanceRequestResult: {
            activityId: string | null;
            /** Format: date */
            date: string;
            description: string;
            id: string;
            instrumentId: string | null;
            kind: string;
            participationEventId: number | null;
            requestId: string | null;
            stateCode: string;
        };
        AssistanceRequestTimelineEntry: {
            /** Format: date-time */
            at: string;
            byName: string | null;
            byUserId: string | null;
            comment: string | null;
            /** @description A workflow event, or `create`. */
            event: string;
            /** @description null for the creation of the request. */
            from: string | null;
            id: number;
            reason: string | null;
            /** @description The request opened for the entity it was referred to. */
            referralRequestId: string | null;
            referredToOrganisationId: string | null;
            referredToOrganisationName: string | null;
            to: string;
        };
        AssistanceRequestTransitionInput: {
            /** @description Required to decline, refer or withdraw. */
            comment?: string | null;
            /** @enum {string} */
            event: "submit" | "start-review" | "accept" | "decline" | "refer" | "plan" | "start-delivery" | "complete" | "evaluate" | "withdraw";
            /** @description Required to decline. */
            reason?: ("outside-mandate" | "insufficient-resources" | "already-covered" | "insufficient-information" | "other") | null;
            /** @description Required to refer: a UN entity or regional organisation. */
            referToOrganisationId?: string | null;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        AssistanceRequestView: {
            addressedToOrganisationAcronym: string | null;
            addressedToOrganisationId: string;
            addressedToOrganisationName: string;
            attachmentDocumentIds: string[];
            confidentiality: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            id: string;
            instrumentIds: string[];
            languages: string[];
            mandates: string[];
            modality: string;
            needs: string;
            noteVerbaleDocumentId: string | null;
            priorities: string;
            recordedOnBehalf: boolean;
            /** @description <State>-<year>-<serial of the State in that year>, unique (FRA-2026-0003); requests made before per-State numbering keep REQ-<year>-<serial>. */
            reference: string;
            referredFromRequestId: string | null;
            requestingAuthorityName: string | null;
            requestingOrganisationId: string | null;
            requestingOrganisationName: string | null;
            sharedOrganisationIds: string[];
            stateCode: string;
            stateName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "under-review" | "accepted" | "declined" | "referred" | "planned" | "in-delivery" | "completed" | "evaluated" | "withdrawn";
            /** Format: date-time */
            statusChangedAt: string;
            submittedAt: string | null;
            themes: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            urgency: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        AssistanceResult: {
            activityId: string | null;
            activityTitle: string | null;
            /** @description The confirming deposit’s date. */
            confirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            date: string;
            description: string;
            documentId: string | null;
            expectedDate: string | null;
            id: string;
            instrumentId: string | null;
            kind: string;
            participationEvent: {
                date: string | null;
                id: number;
                instrumentId: string;
                kind: string;
            } | null;
            participationEventId: number | null;
            requestId: string | null;
            stateCode: string;
            /** @description For a ratification: confirmed by a deposit in the record, or still expected. */
            status: ("confirmed" | "expected") | null;
            strategyId: string | null;
        };
        AuditEntry: {
            action: string;
            actor: string;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            id: number;
            targetId: string;
            targetType: string;
        };
        AuditLogAbilities: {
            export: boolean;
            verify: boolean;
        };
        AuditLogVerification: {
            /** @description The anchor (AUDIT_ANCHOR_FILE) the head was checked against, if any. */
            anchor: {
                anchoredAt: string;
                sequence: number;
            } | null;
            /** @description Entries verified (before the first bad one, if any). */
            checked: number;
            firstBad: {
                id: number;
                message: string;
                /** @enum {string} */
                reason: "edited" | "broken-link" | "unkeyed-after-keyed" | "anchor-missing" | "anchor-mismatch";
            } | null;
            firstId: number | null;
            /** @description Whether the keyed hashes (HMAC) were checked. */
            keyed: boolean;
            /** @description The first keyed entry; those before it predate keying. */
            keyedFrom: number | null;
            lastId: number | null;
            ok: boolean;
        };
        Authority: {
            address: string | null;
            /** @description Empty when not known. */
            channels: ("direct" | "diplomatic" | "interpol")[];
            /**
             * Format: date-time
             * @description When one of the State’s people last confirmed the entry (or changed it).
             */
            confirmedAt: string;
            contacts: components["schemas"]["AuthorityContact"][] | null;
            id: string;
            /** @description For a central authority: the treaty it is designated under. */
            instrumentId: string | null;
            /** @enum {string} */
            kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
            /** @description ISO 639-1 codes; empty when not known. */
            languages: string[];
            lawLinks: components["schemas"]["AuthorityLawLink"][] | null;
            name: string;
            /** @description What the State made public beyond name, kind, treaty, channels and languages. */
            publicFields: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
            /** @description Items a request to this authority must contain (issue 12); null when not known, or withheld with `requirements`. */
            requestItems: ("requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality")[] | null;
            requirements: components["schemas"]["AuthorityRequirements"] | null;
            /** @description Not confirmed for 12 months. */
            stale: boolean;
            stateCode: string;
            urgentProcedure: string | null;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
            /** @description Fields held back from you (null above): only practitioners, UN officers and the State’s focal points see them. */
            withheld: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
        };
        AuthorityAbilities: {
            /** @description Sees contact details and every field (each such read is audited). */
            readContacts: boolean;
            /** @description May change, confirm or remove the entry. */
            update: boolean;
        };
        /** @description Only the fields sent change; saving confirms the entry. */
        AuthorityChangesInput: {
            address?: string;
            channels?: ("direct" | "diplomatic" | "interpol")[];
            contacts?: components["schemas"]["AuthorityContactInput"][];
            /** @description Required for a central authority (the treaty it is designated under); null for any other kind. */
            instrumentId?: string | null;
            /** @enum {string} */
            kind?: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
            /** @description ISO 639-1 codes (en, fr, ar, …). */
            languages?: string[];
            lawLinks?: components["schemas"]["AuthorityLawLinkInput"][];
            name?: string;
            publicFields?: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
            /** @description Items a request to this authority must contain (keys of the request template); null: not known. */
            requestItems?: string[] | null;
            requirements?: components["schemas"]["AuthorityRequirementsInput"];
            urgentProcedure?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        AuthorityContact: {
            /** @default  */
            email: string;
            /** @default  */
            name: string;
            /** @default  */
            phone: string;
            /** @default  */
            role: string;
        };
        AuthorityContactInput: {
            /** @default  */
            email: string;
            /** @default  */
            name: string;
            /** @default  */
            phone: string;
            /** @default  */
            role: string;
        };
        AuthorityLawLink: {
            title: string;
            /** @description http or https. */
            url: string;
        };
        AuthorityLawLinkInput: {
            title: string;
            /** @description http or https. */
            url: string;
        };
        AuthorityLink: {
            channels: string[];
            id: string;
            instrumentId: string | null;
            kind: string;
            languages: string[];
            name: string;
            stale: boolean;
        };
        /** @description What the authority requires of a request, in the State’s words; absent when not recorded. */
        AuthorityRequirements: {
            assurances?: string;
            certification?: string;
            dualCriminality?: string;
            formats?: string;
            other?: string;
        };
        /** @description What the authority requires of a request, in the State’s words; absent when not recorded. */
        AuthorityRequirementsInput: {
            assurances?: string;
            certification?: string;
            dualCriminality?: string;
            formats?: string;
            other?: string;
        };
        BilateralBasis: {
            id: string;
            inForceFrom: string | null;
            /** @enum {string} */
            kind: "extradition" | "mla" | "extradition-and-mla";
            signedOn: string | null;
            source: string;
            sourceUrl: string | null;
            title: string;
        };
        BilateralImportReport: {
            data: {
                /** @description Created, or that an import would create. */
                created: {
                    /** @description Created: the new id (null in a dry run). Already recorded: the entry that is there. */
                    id: string | null;
                    /** @enum {string} */
                    kind: "extradition" | "mla" | "extradition-and-mla";
                    line: number;
                    stateA: string;
                    stateB: string;
                    title: string;
                }[];
                dryRun: boolean;
                /** @description Already recorded (same pair, kind and title): left as they are. */
                existing: {
                    /** @description Created: the new id (null in a dry run). Already recorded: the entry that is there. */
                    id: string | null;
                    /** @enum {string} */
                    kind: "extradition" | "mla" | "extradition-and-mla";
                    line: number;
                    stateA: string;
                    stateB: string;
                    title: string;
                }[];
                fileSha256: string;
                /** @description Every problem by line and column (null: the row or the file). A file with any is not imported. */
                issues: {
                    code: string;
                    column: ("kind" | "state_a" | "state_b" | "title" | "signed_on" | "in_force_from" | "terminated_on" | "source" | "source_url" | "notes") | null;
                    line: number;
                    message: string;
                }[];
                /** @description Data rows in the file. */
                rows: number;
                /** @description Whether the new rows were written (all of them, in one transaction). */
                written: boolean;
            };
        };
        BilateralImportUploadInput: {
            /**
             * Format: binary
             * @description A .csv file of UTF-8 text, at most 10 MiB and 5000 rows, with the header kind,state_a,state_b,title,signed_on,in_force_from,terminated_on,source,source_url,notes (kind, state_a, state_b, title and source required). States: ISO3 codes or names Accord knows.
             */
            file: string;
        };
        BilateralTreatyChangesInput: {
            /** @description Entry into force between the two (null: not known to be in force). */
            inForceFrom?: string | null;
            /**
             * @description extradition | mla | extradition-and-mla
             * @enum {string}
             */
            kind?: "extradition" | "mla" | "extradition-and-mla";
            notes?: string;
            signedOn?: string | null;
            /** @description Where the facts come from (a treaty series reference, a gazette, a ministry page). Required. */
            source?: string;
            /** @description An http(s) address of the source. */
            sourceUrl?: string | null;
            /** @description ISO 3166-1 alpha-3 (or an X-code) of a participant. */
            stateA?: string;
            /** @description The other State; the two are stored in code order. */
            stateB?: string;
            terminatedOn?: string | null;
            title?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        BilateralTreatyListAbilities: {
            /** @description May enter a bilateral treaty (of a pair including their State, or any pair). */
            create: boolean;
            /** @description May import a CSV file of bilateral treaties. */
            import: boolean;
        };
        BilateralTreatyView: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @description Null: not (known to be) in force. */
            inForceFrom: string | null;
            /** @enum {string} */
            kind: "extradition" | "mla" | "extradition-and-mla";
            notes: string;
            signedOn: string | null;
            source: string;
            sourceUrl: string | null;
            /** @description The pair is given with stateA < stateB, whatever order it was entered in. */
            stateA: string;
            stateB: string;
            terminatedOn: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        Caveat: {
            article: string | null;
            /** @enum {string} */
            code: "untoc-organized-crime" | "tokyo-no-extradition-duty" | "no-penal-clauses" | "hague-unamended" | "montreal-unamended" | "political-offence-excluded" | "political-offence-not-excluded" | "aut-dedere-aut-judicare" | "in-force-date-unknown" | "provision-unverified" | "convention-basis-declined" | "convention-basis-not-known" | "regional-coverage-not-recorded" | "sources-disagree";
            instrumentId: string | null;
            /** @description The caveat in English; the web app shows it in the reader’s language from `code`. */
            text: string;
        };
        Change: {
            event: {
                batchId: number;
                date: string | null;
                effectiveDate: string | null;
                id: number;
                instrumentId: string;
                /** @enum {string} */
                kind: "signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration";
                nameAsWritten: string;
                participantCode: string;
                source: components["schemas"]["Source"];
                text: string | null;
            };
            /**
             * Format: date-time
             * @description When Accord recorded it (import time).
             */
            recordedAt: string;
        };
        ChecklistItem: {
            /** @description As the treaty numbers it ("7(2)-(3)"). */
            article: string;
            /** @description The API path of the cited article’s text, null when Accord does not hold it. */
            articlePath: string | null;
            /** @enum {string} */
            category: "offences" | "legal-persons" | "jurisdiction-mandatory" | "jurisdiction-optional" | "aut-dedere" | "extradition" | "mla" | "confiscation" | "preventive-measures";
            instrumentId: string;
            /** @enum {string} */
            obligation: "mandatory" | "optional";
            /** @description Accord’s own words, from the cooperation provisions file; not treaty text. */
            paraphrase: string | null;
            /** @description The cooperation provisions file’s kind the item comes from; null for the checklist file’s. */
            provisionKind: string | null;
            /** @description The treaty’s own words (checklist file items). */
            quote: string | null;
            /** @description `<instrument>:<key>`, stable. */
            requirementId: string;
        };
        CitedProvision: {
            /** @description As the treaty numbers it, e.g. "11(2)". */
            article: string;
            /** @description API path of the article’s text, when Accord holds the text. */
            articlePath: string | null;
            kind: string;
            /** @description Accord’s own words, not treaty text. */
            paraphrase: string;
            /** @description Checked against the treaty text; unverified rows are shown as such. */
            verified: boolean;
        };
        ConductView: {
            /**
             * @description The conduct the request is about (mapped to the instruments’ offence articles).
             * @enum {string}
             */
            id: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
            /** @description The instruments whose offences cover the conduct, UNTOC last. */
            instrumentIds: string[];
            /** @description Regional conventions that may also give a basis (their coverage of the conduct is not recorded). */
            regional: {
                id: string;
                kinds: ("extradition" | "mla")[];
            }[];
        };
        Contribution: {
            amount: string;
            amountUsd: string;
            balance: components["schemas"]["ContributionBalance"];
            createdAt: string;
            currency: string;
            date: string;
            donorOrganisationId: string;
            earmark: {
                /** @enum {string} */
                kind: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                value: string | null;
            };
            /** @enum {string} */
            form: "cash" | "in-kind";
            id: string;
            inKindDescription: string | null;
            /** @enum {string} */
            kind: "pledge" | "contribution";
            notes: string;
            pledgeId: string | null;
            rate: {
                rateDate: string;
                source: string;
                unitsPerUsd: string;
            };
            recipientOrganisationId: string;
            reference: string;
            updatedAt: string;
            valuationBasis: string | null;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ContributionAbilities: {
            allocate: boolean;
            update: boolean;
        };
        ContributionBalance: {
            allocated: string;
            asOf: string;
            balance: string;
            received: string;
        };
        ContributionCreateInput: {
            /** @example 1250.50 */
            amount: string;
            /** @example EUR */
            currency: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            date: string;
            /** Format: uuid */
            donorOrganisationId: string;
            earmark?: {
                /** @enum {string} */
                kind: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                /** @description The programme id, regional group, theme id, mandate id (68/187/OP9) or State code. */
                value?: string | null;
            };
            /** @enum {string} */
            form: "cash" | "in-kind";
            inKindDescription?: string | null;
            /** @enum {string} */
            kind: "pledge" | "contribution";
            notes?: string;
            /** @description For a contribution: the pledge it fulfils. */
            pledgeId?: string | null;
            /** @description Give the rate with its source, or leave it out to use the imported rate of the date. */
            rate?: {
                rateDate?: string | null;
                source: string;
                /**
                 * @description Units of the currency per US dollar.
                 * @example 1250.50
                 */
                unitsPerUsd: string;
            } | null;
            /** @description The imported table to look the rate up in (default: any). */
            rateSource?: string | null;
            /** @description Default: your one assisting entity. */
            recipientOrganisationId?: string | null;
            reference?: string;
            valuationBasis?: string | null;
        };
        ContributionDetail: {
            abilities: components["schemas"]["ContributionAbilities"];
            data: {
                allocations: components["schemas"]["Allocation"][];
                amount: string;
                amountUsd: string;
                balance: components["schemas"]["ContributionBalance"];
                createdAt: string;
                currency: string;
                date: string;
                donorOrganisationId: string;
                earmark: {
                    /** @enum {string} */
                    kind: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                    value: string | null;
                };
                /** @enum {string} */
                form: "cash" | "in-kind";
                id: string;
                inKindDescription: string | null;
                /** @enum {string} */
                kind: "pledge" | "contribution";
                notes: string;
                pledgeId: string | null;
                rate: {
                    rateDate: string;
                    source: string;
                    unitsPerUsd: string;
                };
                recipientOrganisationId: string;
                reference: string;
                updatedAt: string;
                valuationBasis: string | null;
                /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                version: number;
            };
        };
        ContributionPage: {
            abilities: {
                create: boolean;
            };
            asOf: string;
            data: components["schemas"]["Contribution"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ContributionPatchInput: {
            /** @example 1250.50 */
            amount?: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            date?: string;
            earmark?: {
                /** @enum {string} */
                kind: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                /** @description The programme id, regional group, theme id, mandate id (68/187/OP9) or State code. */
                value?: string | null;
            };
            inKindDescription?: string | null;
            notes?: string;
            rate?: {
                rateDate?: string | null;
                source: string;
                /**
                 * @description Units of the currency per US dollar.
                 * @example 1250.50
                 */
                unitsPerUsd: string;
            } | null;
            rateSource?: string | null;
            reference?: string;
            valuationBasis?: string | null;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        CooperationRequest: {
            abilities: {
                delete: boolean;
                document: boolean;
                duplicate: boolean;
                edit: boolean;
                /** @description Events the caller may take now. */
                events: ("send" | "receive" | "start-execution" | "request-information" | "provide-information" | "execute-partially" | "execute" | "refuse" | "withdraw")[];
                message: boolean;
                share: boolean;
            };
            acceptedLanguages: string[] | null;
            attachments: {
                fileName: string | null;
                id: string;
                title: string;
            }[];
            closedAt: string | null;
            /** @description For drafts, to the requesting side. */
            completeness: components["schemas"]["CooperationRequestCompleteness"] | null;
            /** @description Null for a reader the content was not shared with. */
            content: components["schemas"]["CooperationRequestContent"] | null;
            contentShared: boolean;
            duplicatedFrom: string | null;
            events: {
                /** Format: date-time */
                at: string;
                /** @description The person’s name, shown to their own side only; else null. */
                by: string | null;
                event: ("send" | "receive" | "start-execution" | "request-information" | "provide-information" | "execute-partially" | "execute" | "refuse" | "withdraw") | "create";
                fromStatus: components["schemas"]["CooperationRequestStatus"] | null;
                ground: ("political-offence" | "dual-criminality" | "insufficient-information" | "other") | null;
                id: number;
                note: string;
                /** @enum {string} */
                side: "requesting" | "requested";
                toStatus: components["schemas"]["CooperationRequestStatus"];
            }[];
            id: string;
            instrumentId: string | null;
            /** @enum {string} */
            kind: "extradition" | "mla";
            messages: {
                author: string | null;
                body: string;
                /** Format: date-time */
                createdAt: string;
                id: string;
                /** @enum {string} */
                side: "requesting" | "requested";
            }[];
            overdue: boolean;
            receivedAt: string | null;
            refusalGround: ("political-offence" | "dual-criminality" | "insufficient-information" | "other") | null;
            requestedAuthority: {
                id: string;
                name: string;
            } | null;
            requestedReference: string;
            requestedRequirements: {
                assurances?: string;
                certification?: string;
                dualCriminality?: string;
                formats?: string;
                other?: string;
            } | null;
            requestedState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            requestingOrganisation: {
                id: string;
                name: string;
            };
            requestingReference: string;
            requestingState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            sentAt: string | null;
            sharedWith: {
                id: string;
                name: string;
            }[];
            /** @description The caller’s sides on this request. */
            sides: ("requesting" | "requested")[];
            status: components["schemas"]["CooperationRequestStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        CooperationRequestCompleteness: {
            complete: boolean;
            items: {
                /** @enum {string} */
                item: "requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality";
                level: ("required" | "recommended") | null;
                requiredBy: ({
                    /** @enum {string} */
                    level: "required" | "recommended";
                    /** @constant */
                    source: "template";
                } | {
                    article: string;
                    instrumentId: string;
                    /** @enum {string} */
                    level: "required" | "recommended";
                    quote: string;
                    /** @constant */
                    source: "treaty";
                } | {
                    authorityId: string;
                    /** @constant */
                    level: "required";
                    /** @constant */
                    source: "requested-state";
                })[];
                /** @enum {string} */
                state: "present" | "missing" | "not-applicable";
                /** @enum {string} */
                step: "requesting" | "requested" | "legal-basis" | "facts" | "offences" | "assistance" | "procedures" | "review" | "person" | "warrant" | "assurances";
            }[];
            missing: ("requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality")[];
            /** @enum {string} */
            requestedStateRequirements: "known" | "unknown";
            stepsWithMissing: ("requesting" | "requested" | "legal-basis" | "facts" | "offences" | "assistance" | "procedures" | "review" | "person" | "warrant" | "assurances")[];
        };
        CooperationRequestContent: {
            assistance: {
                details: {
                    [key: string]: string;
                };
                measures: ("evidence-statements" | "documents-records" | "bank-records" | "search-seizure" | "freezing" | "service-of-documents" | "video-hearing" | "electronic-evidence" | "transfer-detained")[];
                personsConcerned: string;
                transferConsent: string;
            };
            assurances: {
                /** @enum {string} */
                direction: "asked" | "offered";
                /** @enum {string} */
                kind: "death-penalty" | "life-imprisonment" | "fair-trial" | "no-torture" | "speciality" | "return-of-national" | "other";
                text: string;
            }[];
            facts: {
                conductingAuthority: string;
                purpose: string;
                subject: string;
                summary: string;
            };
            legalBasis: {
                articles: string;
                bilateralTreatyId: string | null;
                instrumentId: string | null;
                note: string;
                reciprocity: boolean;
            };
            offences: {
                lawReference: string;
                lawText: string;
                name: string;
                penalty: string;
            }[];
            person: {
                aliases: string;
                dateOfBirth: string;
                identification: string;
                location: string;
                name: string;
                nationality: string;
            };
            procedures: {
                confidentiality: string;
                contacts: string;
                procedures: string;
            };
            requested: {
                address: string;
                /** @description A directory entry of the requested State; fills name, address, channel and language. */
                authorityId: string | null;
                authorityName: string;
                channel: string;
                /** @description Language of the output document. */
                language: string;
            };
            requesting: {
                authorityName: string;
                contactEmail: string;
                contactName: string;
                contactPhone: string;
                reference: string;
                /** @enum {string} */
                urgency: "normal" | "urgent";
                urgencyReason: string;
            };
            warrant: {
                issuedBy: string;
                issuedOn: string | "";
                kind: ("arrest-warrant" | "judgment") | null;
                reference: string;
                sentence: string;
                timeLimits: string;
            };
        };
        CooperationRequestCreateInput: {
            /** @description Start from a legal-basis answer: fills the legal basis and the authority. */
            fromFinder?: {
                articles?: string;
                /**
                 * Format: date
                 * @example 2014-07-10
                 */
                asOf?: string;
                bilateralTreatyId?: string | null;
                /** @enum {string} */
                conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
                /** @description The treaty chosen among the finder’s answers (null: reciprocity). */
                instrumentId: string | null;
            };
            /** @enum {string} */
            kind: "extradition" | "mla";
            /**
             * Format: uuid
             * @description An id Accord gave.
             */
            requestedAuthorityId?: string;
            /** @description ISO 3166-1 alpha-3 code of a State. */
            requestedStateCode: string;
            /**
             * Format: uuid
             * @description The State authority drafting it; default the caller’s only one (400 when they practise in several).
             */
            requestingOrganisationId?: string;
        };
        CooperationRequestPatchInput: {
            content?: {
                assistance?: {
                    details?: {
                        [key: string]: string;
                    };
                    measures?: ("evidence-statements" | "documents-records" | "bank-records" | "search-seizure" | "freezing" | "service-of-documents" | "video-hearing" | "electronic-evidence" | "transfer-detained")[];
                    personsConcerned?: string;
                    transferConsent?: string;
                };
                assurances?: {
                    /** @enum {string} */
                    direction: "asked" | "offered";
                    /** @enum {string} */
                    kind: "death-penalty" | "life-imprisonment" | "fair-trial" | "no-torture" | "speciality" | "return-of-national" | "other";
                    text: string;
                }[];
                facts?: {
                    conductingAuthority?: string;
                    purpose?: string;
                    subject?: string;
                    summary?: string;
                };
                legalBasis?: {
                    articles?: string;
                    bilateralTreatyId?: string | null;
                    instrumentId?: string | null;
                    note?: string;
                    reciprocity?: boolean;
                };
                offences?: {
                    lawReference: string;
                    lawText: string;
                    name: string;
                    penalty: string;
                }[];
                person?: {
                    aliases?: string;
                    dateOfBirth?: string;
                    identification?: string;
                    location?: string;
                    name?: string;
                    nationality?: string;
                };
                procedures?: {
                    confidentiality?: string;
                    contacts?: string;
                    procedures?: string;
                };
                requested?: {
                    address?: string;
                    /** @description A directory entry of the requested State; fills name, address, channel and language. */
                    authorityId?: string | null;
                    authorityName?: string;
                    channel?: string;
                    /** @description Language of the output document. */
                    language?: string;
                };
                requesting?: {
                    authorityName?: string;
                    contactEmail?: string;
                    contactName?: string;
                    contactPhone?: string;
                    reference?: string;
                    /** @enum {string} */
                    urgency?: "normal" | "urgent";
                    urgencyReason?: string;
                };
                warrant?: {
                    issuedBy?: string;
                    issuedOn?: string | "";
                    kind?: ("arrest-warrant" | "judgment") | null;
                    reference?: string;
                    sentence?: string;
                    timeLimits?: string;
                };
            };
            /** @description Show what the request says to the requested authority. */
            contentShared?: boolean;
            /**
             * @description The step being saved (recorded; the answer says what it still misses).
             * @enum {string}
             */
            step?: "requesting" | "requested" | "legal-basis" | "facts" | "offences" | "assistance" | "procedures" | "review" | "person" | "warrant" | "assurances";
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        CooperationRequestStatistics: {
            data: {
                /** @description Only the pairs whose figure is published: a pair left out has fewer than 5 requests, or none. */
                byRegionPair: {
                    requestedRegion: string | null;
                    /** @description A UN regional group; null for a participant without one. */
                    requestingRegion: string | null;
                    requests: number;
                }[];
                executed: number | null;
                /** @enum {string} */
                kind: "extradition" | "mla";
                /** @description From sending to execution, over the requests of the year executed so far. */
                medianDaysToExecution: number | null;
                /** @description No figure is published for fewer requests than this. */
                minimumCell: number;
                refusalsByGround: {
                    /** @enum {string} */
                    ground: "political-offence" | "dual-criminality" | "insufficient-information" | "other";
                    refusals: number | null;
                }[];
                /** @description Requests sent in the year (drafts never count). */
                total: number | null;
                year: number;
            };
        };
        /** @enum {string} */
        CooperationRequestStatus: "draft" | "sent" | "received" | "under-execution" | "further-information-requested" | "partially-executed" | "executed" | "refused" | "withdrawn";
        /** @enum {string} */
        CooperationRequestStatusInput: "draft" | "sent" | "received" | "under-execution" | "further-information-requested" | "partially-executed" | "executed" | "refused" | "withdrawn";
        CooperationRequestSummary: {
            closedAt: string | null;
            id: string;
            instrumentId: string | null;
            /** @enum {string} */
            kind: "extradition" | "mla";
            overdue: boolean;
            receivedAt: string | null;
            refusalGround: ("political-offence" | "dual-criminality" | "insufficient-information" | "other") | null;
            requestedAuthority: {
                id: string;
                name: string;
            } | null;
            requestedReference: string;
            requestedState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            requestingOrganisation: {
                id: string;
                name: string;
            };
            requestingReference: string;
            requestingState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            sentAt: string | null;
            /** @description The caller’s sides on this request. */
            sides: ("requesting" | "requested")[];
            status: components["schemas"]["CooperationRequestStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        CooperationRequestTemplate: {
            data: {
                assuranceDirections: {
                    asked: string;
                    offered: string;
                };
                assuranceKinds: {
                    [key: string]: string;
                };
                essentials: {
                    /** @enum {string} */
                    item: "requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality";
                    /** @enum {string} */
                    level: "required" | "recommended";
                }[];
                fields: {
                    [key: string]: string;
                };
                fixedText: {
                    [key: string]: string;
                };
                items: {
                    [key: string]: {
                        hint: string;
                        label: string;
                    };
                };
                /** @enum {string} */
                kind: "extradition" | "mla";
                language: string;
                measures: {
                    [key: string]: string;
                };
                reviewedOn: string;
                steps: {
                    [key: string]: {
                        heading: string;
                        intro: string;
                    };
                };
                /** @description The document’s title, e.g. “Request for mutual legal assistance in a criminal matter”. */
                title: string;
                urgencies: {
                    [key: string]: string;
                };
                warrantKinds: {
                    [key: string]: string;
                };
            };
        };
        CooperationRequestTracking: {
            abilities: {
                /** @description Events the caller may take now. */
                events: ("send" | "receive" | "start-execution" | "request-information" | "provide-information" | "execute-partially" | "execute" | "refuse" | "withdraw")[];
                message: boolean;
            };
            closedAt: string | null;
            events: {
                /** Format: date-time */
                at: string;
                /** @description The person’s name, shown to their own side only; else null. */
                by: string | null;
                event: ("send" | "receive" | "start-execution" | "request-information" | "provide-information" | "execute-partially" | "execute" | "refuse" | "withdraw") | "create";
                fromStatus: components["schemas"]["CooperationRequestStatus"] | null;
                ground: ("political-offence" | "dual-criminality" | "insufficient-information" | "other") | null;
                id: number;
                note: string;
                /** @enum {string} */
                side: "requesting" | "requested";
                toStatus: components["schemas"]["CooperationRequestStatus"];
            }[];
            id: string;
            instrumentId: string | null;
            /** @enum {string} */
            kind: "extradition" | "mla";
            overdue: boolean;
            receivedAt: string | null;
            refusalGround: ("political-offence" | "dual-criminality" | "insufficient-information" | "other") | null;
            requestedAuthority: {
                id: string;
                name: string;
            } | null;
            requestedReference: string;
            requestedState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            requestingOrganisation: {
                id: string;
                name: string;
            };
            requestingReference: string;
            requestingState: {
                code: string;
                names: components["schemas"]["LocalizedText"];
            };
            sentAt: string | null;
            /** @description The caller’s sides on this request. */
            sides: ("requesting" | "requested")[];
            status: components["schemas"]["CooperationRequestStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        CooperationRequestTransitionInput: {
            /** @enum {string} */
            event: "send" | "receive" | "start-execution" | "request-information" | "provide-information" | "execute-partially" | "execute" | "refuse" | "withdraw";
            /**
             * @description For refuse: the ground.
             * @enum {string}
             */
            ground?: "political-offence" | "dual-criminality" | "insufficient-information" | "other";
            note?: string;
            /** @description For receive: the requested authority’s own reference. */
            reference?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        CoordinationCell: {
            /** @description Activities (not cancelled) of this entity for this State and theme in the period. */
            activities: number;
            /**
             * Format: date
             * @description The earliest start among them.
             */
            firstDate: string;
            /**
             * Format: date
             * @description The latest end among them.
             */
            lastDate: string;
            organisationAcronym: string | null;
            organisationId: string;
            organisationName: string;
            stateCode: string;
            theme: string;
        };
        DeclarationChangesInput: {
            /** @description The article it is made under, e.g. 16(5). */
            article?: string;
            declaredOn?: string | null;
            /** @description An instrument id (GET /instruments), e.g. untoc. */
            instrumentId?: string;
            /** @enum {string} */
            kind?: "no-convention-basis-for-extradition" | "convention-basis-for-extradition" | "accepted-languages" | "dispute-reservation" | "other";
            /** @description ISO 639-1 codes. */
            languages?: string[];
            /** @description Where the facts come from (a treaty series reference, a gazette, a ministry page). Required. */
            source?: string;
            /** @description An http(s) address of the source. */
            sourceUrl?: string | null;
            /** @description ISO 3166-1 alpha-3 (or an X-code) of a participant. */
            stateCode?: string;
            text?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        DeclarationListAbilities: {
            /** @description May record a declaration (for their State, or any). */
            create: boolean;
        };
        DeclarationRef: {
            article: string;
            declaredOn: string | null;
            id: string;
            instrumentId: string;
            kind: string;
            languages: string[];
            source: string;
            sourceUrl: string | null;
            state: string;
            text: string;
        };
        DeclarationView: {
            article: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Null: the source gives no date. */
            declaredOn: string | null;
            id: string;
            instrumentId: string;
            /** @enum {string} */
            kind: "no-convention-basis-for-extradition" | "convention-basis-for-extradition" | "accepted-languages" | "dispute-reservation" | "other";
            /** @description ISO 639-1 codes (accepted-languages declarations). */
            languages: string[];
            source: string;
            sourceUrl: string | null;
            stateCode: string;
            /** @description The declaration’s words, as the source gives them. */
            text: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        DirectoryImportFormInput: {
            /**
             * Format: binary
             * @description The directory file (CSV, UTF-8).
             */
            file: string;
        };
        DirectoryImportReport: {
            /** @description Held for a State the file covers, not in the file: kept. */
            absent: {
                id: string;
                instrumentId: string | null;
                /** @enum {string} */
                kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                name: string;
                stateCode: string;
            }[];
            /** @description Whether the new and changed entries were written. */
            applied: boolean;
            changed: {
                /** @description Field by field, as the file spells them. */
                changes: {
                    field: string;
                    from: string;
                    to: string;
                }[];
                id: string;
                instrumentId: string | null;
                /** @enum {string} */
                kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                line: number;
                name: string;
                stateCode: string;
            }[];
            counts: {
                absent: number;
                changed: number;
                new: number;
                problems: number;
                rows: number;
                unchanged: number;
            };
            dryRun: boolean;
            new: {
                instrumentId: string | null;
                /** @enum {string} */
                kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                line: number;
                name: string;
                stateCode: string;
            }[];
            /** @description A file with problems imports nothing. */
            problems: components["schemas"]["DirectoryProblem"][];
            /** @description The States the file covers: only their entries were compared. */
            stateCodes: string[];
        };
        DirectoryLayout: {
            abilities: {
                /** @description May import a directory file (for the State asked about, if any). */
                import: boolean;
                /** @description Downloads include contact details (for the State asked about, if any); each is audited. */
                readContacts: boolean;
            };
            data: {
                columns: ("state" | "kind" | "treaty" | "name" | "address" | "channels" | "languages" | "urgent_procedure" | "requirement_dual_criminality" | "requirement_assurances" | "requirement_formats" | "requirement_certification" | "requirement_other" | "law_links" | "contacts" | "public_fields" | "last_confirmed" | "withheld")[];
                maxBytes: number;
                maxRows: number;
            };
        };
        DirectoryProblem: {
            code: string;
            column?: string;
            /** @description Line of the file (1 is the header); absent for the whole file. */
            line?: number;
            message: string;
        };
        DocumentAbilities: {
            /** @description May delete this document. */
            delete: boolean;
            /** @description May change this document’s metadata. */
            update: boolean;
        };
        DocumentChangesInput: {
            /**
             * @description public | state-restricted (the State's focal points, the organisations holding or sharing it, coordinators) | un-internal (people of UN entities) | named-people (only the people named; every read is audited)
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            description?: string;
            /** @description The record's own date (a law's adoption, a judgment's). */
            documentDate?: string | null;
            /** @description Known instrument ids. */
            instrumentIds?: string[];
            /**
             * @description What the record is.
             * @enum {string}
             */
            kind?: "treaty-text" | "national-legislation" | "case-law" | "publication" | "model-law" | "training-module" | "victims-guidance" | "internet-guidance" | "resolution-report";
            language?: ("ar" | "zh" | "en" | "fr" | "ru" | "es") | null;
            /** @description Every language it is written in. */
            languages?: string[];
            /** @description Mandates of resolution 68/187. */
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @description People named; the author always stays named. */
            namedUserIds?: string[];
            /** Format: uuid */
            ownerOrganisationId?: string;
            /** @description Organisations it is shared with. */
            sharedOrganisationIds?: string[];
            /** @description A citation or an address. */
            source?: string | null;
            stateCode?: string | null;
            /** @description Every State the record concerns. */
            stateCodes?: string[];
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title?: string;
            /** @description The record this one translates (one you may see). */
            translationOf?: string | null;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
            versionLabel?: string | null;
        };
        DocumentListAbilities: {
            /** @description May upload a document. */
            create: boolean;
            /** @description May download this list as CSV. */
            export: boolean;
        };
        DocumentUploadInput: {
            /**
             * @description public | state-restricted (the State's focal points, the organisations holding or sharing it, coordinators) | un-internal (people of UN entities) | named-people (only the people named; every read is audited)
             * @enum {string}
             */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            description?: string;
            /** @description The record's own date (a law's adoption, a judgment's). */
            documentDate?: string | null;
            /**
             * Format: binary
             * @description The file: .pdf, .docx, .xlsx, .odt, .txt, .html, .htm, .png, .jpg, .jpeg; at most 10 MiB; type checked from its bytes.
             */
            file: string;
            /** @description Known instrument ids. */
            instrumentIds?: string[];
            /**
             * @description What the record is.
             * @enum {string}
             */
            kind?: "treaty-text" | "national-legislation" | "case-law" | "publication" | "model-law" | "training-module" | "victims-guidance" | "internet-guidance" | "resolution-report";
            /** @enum {string} */
            language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /** @description Every language it is written in. */
            languages?: string[];
            /** @description Mandates of resolution 68/187. */
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @description People named (repeat the field); you are always added. */
            namedUserIds?: string[];
            /**
             * Format: uuid
             * @description Default: your one organisation that may hold documents.
             */
            ownerOrganisationId?: string;
            /** @description Organisations it is shared with (repeat the field). */
            sharedOrganisationIds?: string[];
            /** @description A citation or an address. */
            source?: string | null;
            /** @description ISO 3166-1 alpha-3 (or an X-code) of the State the document concerns. */
            stateCode?: string;
            /** @description Every State the record concerns. */
            stateCodes?: string[];
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title: string;
            /** @description The record this one translates (one you may see). */
            translationOf?: string | null;
            versionLabel?: string | null;
        };
        DocumentView: {
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            description: string;
            /** @description Detected in the extracted text (franc); null when too little text. */
            detectedLanguage: string | null;
            documentDate: string | null;
            fileName: string;
            id: string;
            instrumentIds: string[];
            /** @enum {string} */
            kind: "treaty-text" | "national-legislation" | "case-law" | "publication" | "model-law" | "training-module" | "victims-guidance" | "internet-guidance" | "resolution-report";
            language: string | null;
            languages: string[];
            mandates: string[];
            /** @description Decided from the bytes at upload. */
            mediaType: string;
            namedUserIds: string[];
            ownerOrganisationAcronym: string | null;
            ownerOrganisationId: string;
            ownerOrganisationName: string;
            ownerOrganisationNames: components["schemas"]["LocalizedText"];
            sha256: string;
            sharedOrganisationIds: string[];
            sizeBytes: number;
            source: string | null;
            stateCode: string | null;
            stateCodes: string[];
            themes: string[];
            title: string;
            translationOf: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
            versionLabel: string | null;
        };
        DonorFunding: {
            abilities: {
                export: boolean;
            };
            data: {
                activities: {
                    allocated: components["schemas"]["FundingCurrencyTotal"][];
                    endDate: string;
                    /** Format: uuid */
                    id: string;
                    participants: components["schemas"]["FundingParticipants"];
                    programmeId: string | null;
                    results: components["schemas"]["FundedResult"][];
                    spent: components["schemas"]["FundingCurrencyTotal"][];
                    startDate: string;
                    stateCodes: string[];
                    status: string;
                    themes: string[];
                    title: string;
                }[];
                asOf: string;
                byState: {
                    activities: number;
                    /** @description An exact decimal, as text. */
                    allocatedUsd: string;
                    stateCode: string;
                }[];
                byTheme: {
                    activities: number;
                    /** @description An exact decimal, as text. */
                    allocatedUsd: string;
                    theme: string;
                }[];
                contributions: components["schemas"]["FundingLedgerContribution"][];
                donor: {
                    acronym: string | null;
                    /** Format: uuid */
                    id: string;
                    name: string;
                    names: components["schemas"]["LocalizedText"];
                };
                participants: components["schemas"]["FundingParticipants"];
                programmes: {
                    allocated: components["schemas"]["FundingCurrencyTotal"][];
                    code: string;
                    /** Format: uuid */
                    id: string;
                    name: string;
                    spent: components["schemas"]["FundingCurrencyTotal"][];
                }[];
                resultsByKind: {
                    [key: string]: number;
                };
                totals: {
                    /** @description An exact decimal, as text. */
                    allocated: string;
                    /** @description An exact decimal, as text. */
                    balance: string;
                    /** @description ISO 4217 code. */
                    currency: string;
                    /** @description An exact decimal, as text. */
                    pledged: string;
                    /** @description An exact decimal, as text. */
                    received: string;
                    /** @description An exact decimal, as text. */
                    spent: string;
                }[];
                totalsUsd: {
                    /** @description An exact decimal, as text. */
                    allocated: string;
                    /** @description An exact decimal, as text. */
                    balance: string;
                    /** @description An exact decimal, as text. */
                    pledged: string;
                    /** @description An exact decimal, as text. */
                    received: string;
                    /** @description An exact decimal, as text. */
                    spent: string;
                };
                /** @description Funded programmes and activities the reader may not read: counted and summed, never named. */
                undisclosed: {
                    activities: number;
                    allocated: components["schemas"]["FundingCurrencyTotal"][];
                    participants: components["schemas"]["FundingParticipants"];
                    programmes: number;
                    resultsByKind: {
                        [key: string]: number;
                    };
                };
            };
        };
        ErrorBody: {
            error: {
                /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                code: string;
                issues: {
                    code?: string;
                    message: string;
                    /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                    params?: {
                        [key: string]: string | number;
                    };
                    path: (string | number)[];
                }[];
                message: string;
                params: {
                    [key: string]: unknown;
                };
            };
        };
        Event: {
            batchId: number;
            date: string | null;
            effectiveDate: string | null;
            id: number;
            /** @enum {string} */
            kind: "signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration";
            nameAsWritten: string;
            source: components["schemas"]["Source"];
            text: string | null;
        };
        ExchangeRate: {
            currency: string;
            date: string;
            fileName: string;
            fileSha256: string;
            id: string;
            importedAt: string;
            source: string;
            unitsPerUsd: string;
        };
        ExchangeRatePage: {
            abilities: {
                import: boolean;
            };
            data: components["schemas"]["ExchangeRate"][];
            page: number;
            pageSize: number;
            sources: string[];
            total: number;
        };
        Expenditure: {
            allocationId: string;
            amount: string;
            createdAt: string;
            date: string;
            description: string;
            id: string;
        };
        ExpenditureCreateInput: {
            /** @example 1250.50 */
            amount: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            date: string;
            description?: string;
        };
        FigureRecords: {
            figure: components["schemas"]["ReportFigure"];
            /** @description Records counted in the figure that this reader may not open. */
            hidden: number;
            records: {
                date: string | null;
                href: string;
                id: string;
                kind: string;
                label: string;
            }[];
            total: number;
        };
        FundedResult: {
            date: string;
            documentId: string | null;
            /** Format: uuid */
            id: string;
            instrumentId: string | null;
            kind: string;
            participationEventId: number | null;
            stateCode: string;
        };
        FundingBalances: {
            asOf: string;
            data: {
                byCurrency: {
                    allocated: string;
                    currency: string;
                    pledged: string;
                    received: string;
                    spent: string;
                    unallocated: string;
                    unspent: string;
                }[];
                donorAcronym: string | null;
                donorNames: {
                    [key: string]: string;
                };
                donorOrganisationId: string;
                usd: {
                    allocated: string;
                    pledged: string;
                    received: string;
                    spent: string;
                    unallocated: string;
                    unspent: string;
                };
            }[];
            total: {
                usd: {
                    allocated: string;
                    pledged: string;
                    received: string;
                    spent: string;
                    unallocated: string;
                    unspent: string;
                };
            };
        };
        FundingCurrencyTotal: {
            /** @description An exact decimal, as text. */
            amount: string;
            /** @description ISO 4217 code. */
            currency: string;
            /** @description An exact decimal, as text. */
            usd: string;
        };
        FundingLedgerContribution: {
            /** @description An exact decimal, as text. */
            allocated: string;
            allocations: {
                activityId: string | null;
                /** @description An exact decimal, as text. */
                amount: string;
                /** @description An exact decimal, as text. */
                balance: string;
                /** Format: uuid */
                contributionId: string;
                date: string;
                expenditures: {
                    /** @description An exact decimal, as text. */
                    amount: string;
                    date: string;
                    description: string;
                    /** Format: uuid */
                    id: string;
                }[];
                /** Format: uuid */
                id: string;
                notes: string;
                programmeId: string | null;
                /** @description An exact decimal, as text. */
                spent: string;
            }[];
            /** @description An exact decimal, as text. */
            amount: string;
            /** @description An exact decimal, as text. */
            amountUsd: string;
            /** @description An exact decimal, as text. */
            balance: string;
            /** @description An exact decimal, as text. */
            balanceUsd: string;
            /** @description ISO 4217 code. */
            currency: string;
            date: string;
            donorName: string;
            /** Format: uuid */
            donorOrganisationId: string;
            earmarkKind: string;
            earmarkValue: string | null;
            form: string;
            /** Format: uuid */
            id: string;
            kind: string;
            rateDate: string;
            rateSource: string;
            recipientName: string;
            /** Format: uuid */
            recipientOrganisationId: string;
            reference: string;
            /** @description An exact decimal, as text. */
            spent: string;
            /** @description An exact decimal, as text. */
            unitsPerUsd: string;
        };
        FundingParticipants: {
            female: number;
            male: number;
            other: number;
            total: number;
        };
        ImportBatch: {
            /** @description What the import found: rows, new, changed, unchanged, … */
            counts: {
                [key: string]: number;
            };
            fileName: string;
            fileSha256: string;
            finishedAt: string | null;
            format: string;
            id: number;
            instrumentId: string | null;
            log?: unknown[];
            revertedAt: string | null;
            source: {
                asOf: string | null;
                publisher: string;
                title: string;
                url: string | null;
            } | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "applied" | "reverted";
        };
        IncorporationAssessment: {
            abilities: {
                withdraw: boolean;
            };
            activityId: string | null;
            assessedBy: string | null;
            assessedOn: string;
            createdAt: string;
            evidence: {
                documentId: string;
                documentTitle: string;
                label: string;
                provisionId: string;
            } | null;
            id: string;
            instrumentId: string;
            note: string;
            organisation: {
                acronym: string | null;
                id: string;
                names: components["schemas"]["LocalizedText"];
            };
            requirementId: string;
            /** @enum {string} */
            source: "state" | "assistance" | "review";
            stateCode: string;
            /** @enum {string} */
            status: "covered" | "partly-covered" | "not-covered";
            supersededAt: string | null;
        };
        IncorporationSummary: {
            covered: number;
            disagreements: number;
            /**
             * @description incorporated: every mandatory item covered; not-incorporated: a mandatory item partly or not covered.
             * @enum {string}
             */
            incorporation: "incorporated" | "not-incorporated" | "not-known";
            notCovered: number;
            notKnown: number;
            partlyCovered: number;
            total: number;
        };
        InstrumentChecklist: {
            instrument: components["schemas"]["InstrumentSummary"];
            items: components["schemas"]["ChecklistItem"][];
        };
        InstrumentListItem: {
            adoptedDate: string | null;
            /**
             * @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.
             * @enum {string}
             */
            category: "universal" | "related" | "regional";
            depositary: string | null;
            entryIntoForce: string | null;
            id: string;
            partyCount: number;
            shortNames: components["schemas"]["LocalizedText"];
            signatoryCount: number;
            sortOrder: number;
            /** @description As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`). */
            statusListAsOf: string | null;
            titles: components["schemas"]["LocalizedText"];
        };
        InstrumentProvision: {
            /** @description As the treaty numbers it ("11(2)"); "none" when the treaty has no such provision. */
            article: string;
            /** @description The API path of the cited article’s text, null when Accord does not hold it. */
            articlePath: string | null;
            /** @enum {string} */
            kind: "offences" | "offences_conspiracy" | "jurisdiction" | "jurisdiction_mandatory" | "jurisdiction_optional" | "jurisdiction_other" | "jurisdiction_aut_dedere" | "aut_dedere" | "extraditable_deemed_included" | "extradition_treaties_modified" | "legal_basis_no_treaty" | "extradition_without_treaty" | "extradition_clauses" | "extradition_conditions" | "extradition_without_dual_criminality" | "conditional_surrender_nationals" | "territoriality_fiction" | "political_offence_exclusion" | "fiscal_offence_exclusion" | "non_discrimination" | "asylum_saving" | "no_justification" | "no_obligation_to_extradite" | "dual_criminality_conduct" | "consultation_before_refusal" | "conspiracy_equivalence" | "mla_obligation" | "mla_refusal_grounds" | "mla_relation_other_treaties" | "transfer_detained_persons" | "legal_persons" | "ship_boarding" | "applies_sua" | "entry_into_force_later_state" | "dispute_settlement_icj" | "dispute_reservation" | "amends" | "amendment_rule" | "annex_declaration" | "relation" | "scope" | "scope_exclusions" | "superseded_between_parties";
            /** @description Accord’s own words, not treaty text. */
            paraphrase: string;
            source: string;
            /** @description Checked against the treaty text; false rows are shown as unverified. */
            verified: boolean;
        };
        InstrumentSummary: {
            adoptedDate: string | null;
            /**
             * @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.
             * @enum {string}
             */
            category: "universal" | "related" | "regional";
            depositary: string | null;
            entryIntoForce: string | null;
            id: string;
            shortNames: components["schemas"]["LocalizedText"];
            sortOrder: number;
            /** @description As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`). */
            statusListAsOf: string | null;
            titles: components["schemas"]["LocalizedText"];
        };
        InstrumentView: {
            /** Format: date */
            asOf: string;
            counts: {
                parties: number;
                signatories: number;
                withdrawn: number;
            };
            instrument: {
                adoptedDate: string | null;
                adoptedPlace: string | null;
                /**
                 * @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.
                 * @enum {string}
                 */
                category: "universal" | "related" | "regional";
                depositary: string | null;
                eifRule: unknown;
                entryIntoForce: string | null;
                id: string;
                openedForSignature: string | null;
                shortNames: components["schemas"]["LocalizedText"];
                sortOrder: number;
                /** @description As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`). */
                statusListAsOf: string | null;
                titleSources: {
                    [key: string]: string;
                };
                titles: components["schemas"]["LocalizedText"];
                untcRef: string | null;
            };
            /** @description Entities the complete lists name that are not States in Accord’s list (e.g. "Taipei chinois (Taiwan)"), as printed; never counted. */
            otherListed: {
                asOf: string | null;
                date: string | null;
                kind: string;
                nameAsWritten: string;
                publisher: string;
            }[];
            participants: {
                consentDate: string | null;
                consentKind: ("signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration") | null;
                disagreements: {
                    chosen: components["schemas"]["Event"];
                    others: components["schemas"]["Event"][];
                    slot: string;
                }[];
                inForceFrom: string | null;
                instrumentId: string;
                participant: components["schemas"]["ParticipantSummary"];
                participantCode: string;
                signatureDate: string | null;
                source: components["schemas"]["Source"] | null;
                /** @enum {string} */
                status: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
            }[];
        };
        Invitation: {
            /** Format: date-time */
            createdAt: string;
            /** @description Who invited, as the audit trail names them (user:<id>, cli:<account>). */
            createdBy: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            /** @description null: an administrator invited without an organisation. */
            organisationId: string | null;
            organisationName: string | null;
            platformAdmin: boolean;
            regions: string[] | null;
            role: ("entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner") | null;
            themes: string[] | null;
        };
        InvitationAbilities: {
            create: boolean;
        };
        InvitationListItem: {
            abilities: {
                revoke: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** @description Who invited, as the audit trail names them (user:<id>, cli:<account>). */
            createdBy: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            /** @description null: an administrator invited without an organisation. */
            organisationId: string | null;
            organisationName: string | null;
            platformAdmin: boolean;
            regions: string[] | null;
            role: ("entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner") | null;
            themes: string[] | null;
        };
        InvitationPreview: {
            /** @description An account with this address exists: accepting adds the role, and the person then signs in. */
            accountExists: boolean;
            /** @description The name the inviter gave, as a default. */
            displayName: string | null;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            language: string;
            organisationName: string | null;
            platformAdmin: boolean;
            role: ("entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner") | null;
            secondFactorRequired: boolean;
        };
        LegalBasisAnswer: {
            /** @description Every treaty in force for both States on the date that covers the conduct. */
            applicable: components["schemas"]["ApplicableTreaty"][];
            /** Format: date */
            asOf: string;
            /** @description The requested State’s competent authorities for this kind of request. */
            authorities: components["schemas"]["AuthorityLink"][];
            /** @description Bilateral treaties between the two States in force on the date, as users recorded them. */
            bilateral: components["schemas"]["BilateralBasis"][];
            /** @description Caveats that concern the whole answer. */
            caveats: components["schemas"]["Caveat"][];
            /**
             * @description The conduct the request is about (mapped to the instruments’ offence articles).
             * @enum {string}
             */
            conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
            /** @description What either State declared under the treaties found, as recorded with a source. */
            declarations: components["schemas"]["DeclarationRef"][];
            /**
             * @description extradition, or mutual legal assistance (mla).
             * @enum {string}
             */
            kind: "extradition" | "mla";
            nearMisses: components["schemas"]["NearMiss"][];
            /** @description True when no treaty applies: what remains is reciprocity or domestic law, as the States practise it (not known to Accord). */
            noTreatyBasis: boolean;
            requested: components["schemas"]["StateRef"];
            requesting: components["schemas"]["StateRef"];
            /** @description Instruments that may bind both States but cannot be told: a status (no complete list) or an entry-into-force date is not known. The near misses say for whom. */
            undetermined: string[];
        };
        LegislationMatrix: {
            asOf: string;
            assistedRequirements: number;
            instruments: {
                adoptedDate: string | null;
                /**
                 * @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.
                 * @enum {string}
                 */
                category: "universal" | "related" | "regional";
                depositary: string | null;
                entryIntoForce: string | null;
                id: string;
                requirements: number;
                shortNames: components["schemas"]["LocalizedText"];
                sortOrder: number;
                /** @description As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`). */
                statusListAsOf: string | null;
                titles: components["schemas"]["LocalizedText"];
            }[];
            participants: {
                cells: {
                    [key: string]: {
                        covered: number;
                        disagreements: number;
                        incorporatedNotRatified: boolean;
                        /** @enum {string} */
                        incorporation: "incorporated" | "not-incorporated" | "not-known";
                        notCovered: number;
                        notKnown: number;
                        /** @enum {string} */
                        participation: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
                        partlyCovered: number;
                        ratifiedNotIncorporated: boolean;
                    };
                };
                /** @description ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union). */
                code: string;
                iso2: string | null;
                /** @enum {string} */
                kind: "member" | "observer" | "non_member" | "organization";
                m49: string | null;
                names: components["schemas"]["LocalizedText"];
                regionalGroup: string | null;
            }[];
        };
        /** @description Text per UN language; a missing language falls back to English. */
        LocalizedText: {
            ar?: string;
            en?: string;
            es?: string;
            fr?: string;
            ru?: string;
            zh?: string;
        };
        /** @description Text per UN language; a missing language falls back to English. */
        LocalizedTextInput: {
            ar?: string;
            en?: string;
            es?: string;
            fr?: string;
            ru?: string;
            zh?: string;
        };
        MandateVocabulary: {
            links: {
                relation: string;
                toSymbol: string;
            }[];
            paragraphs: {
                addressees: string[];
                description: string | null;
                id: string;
                number: number;
                texts: components["schemas"]["LocalizedText"];
                verb: string | null;
            }[];
            resolution: string;
            resolutionId: string | null;
            /** @enum {string} */
            source: "builtin" | "registry";
            symbol: string;
            titles: components["schemas"]["LocalizedText"];
        };
        Matrix: {
            /** Format: date */
            asOf: string;
            instruments: components["schemas"]["InstrumentSummary"][];
            participants: {
                /** @description Keyed by instrument id. */
                cells: {
                    [key: string]: components["schemas"]["MatrixCell"];
                };
                /** @description ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union). */
                code: string;
                iso2: string | null;
                /** @enum {string} */
                kind: "member" | "observer" | "non_member" | "organization";
                m49: string | null;
                names: components["schemas"]["LocalizedText"];
                partyCount: number;
                regionalGroup: string | null;
            }[];
        };
        MatrixCell: {
            /** @description Date of the consent (or signature) the status rests on. */
            d: string | null;
            /** @enum {string} */
            s: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
            /**
             * @description Present when sources disagree.
             * @constant
             */
            x?: true;
        };
        MembershipView: {
            id: string;
            organisationId: string;
            /** @enum {string} */
            organisationKind: "state-authority" | "un-entity" | "regional-organisation" | "donor" | "civil-society";
            /** @description In the person's preferred language, falling back to English. */
            organisationName: string;
            regions: string[] | null;
            /** @enum {string} */
            role: "entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner";
            stateCode: string | null;
            themes: string[] | null;
        };
        NearMiss: {
            /** @description The date that matters: the later consent, the entry into force. */
            date: string | null;
            evidence: components["schemas"]["ParticipationEvidence"];
            instrument: components["schemas"]["InstrumentSummary"];
            /** @enum {string} */
            reason: "signed-not-ratified" | "joined-after-date" | "not-yet-in-force" | "in-force-date-unknown" | "status-unknown" | "not-a-party" | "withdrawn";
            /** @description The State whose participation falls short. */
            state: string;
        };
        Need: {
            /** Format: date */
            assessedOn: string;
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            description: string;
            id: string;
            instrumentIds: string[];
            ownerOrganisationId: string;
            ownerOrganisationName: string;
            sourceDocumentId: string | null;
            sourceOrganisationId: string | null;
            sourceOrganisationName: string | null;
            sourceTitle: string;
            stateCode: string;
            /** @enum {string} */
            status: "open" | "met" | "no-longer-relevant";
            themes: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        NeedAbilities: {
            /** @description May change this need. */
            update: boolean;
        };
        NeedChangesInput: {
            /**
             * Format: date
             * @example 2014-07-10
             */
            assessedOn?: string;
            /**
             * @description public | state-restricted (default: the State, the holder, coordinators) | un-internal. A need names nobody.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal";
            description?: string;
            instrumentIds?: string[];
            /** @description null: no longer attached. */
            sourceDocumentId?: string | null;
            /** @description null: no longer named. */
            sourceOrganisationId?: string | null;
            sourceTitle?: string;
            /** @enum {string} */
            status?: "open" | "met" | "no-longer-relevant";
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        NeedMatches: {
            activities: {
                /** @description Whether you may read the activity. When false, only that an activity of another entity covers it: every other field is empty. */
                disclosed: boolean;
                endDate: string | null;
                id: string | null;
                organisationName: string | null;
                startDate: string | null;
                status: string | null;
                /** @description Themes shared with the need (empty when not disclosed). */
                themes: string[];
                title: string | null;
            }[];
            /** @description An open request or an activity covers it (whoever may read them). */
            covered: boolean;
            requests: {
                id: string;
                /** @description The entity it is addressed to. */
                organisationName: string;
                /** @description Only when you may read the request. */
                reference: string | null;
                status: string;
                /** @description Themes shared with the need. */
                themes: string[];
                /** @description Only when you may read the request. */
                title: string | null;
            }[];
        };
        NewActivityInput: {
            beneficiaries?: {
                kind: ("legislature" | "ministry-of-justice" | "ministry-of-foreign-affairs" | "ministry-of-interior" | "judiciary" | "prosecution" | "law-enforcement" | "financial-intelligence-unit" | "corrections" | "other-government" | "civil-society" | "academia" | "international-organisation" | "other") | null;
                name: string;
            }[];
            /**
             * @description Default: state-restricted.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            /**
             * Format: date
             * @description Inclusive.
             * @example 2014-07-10
             */
            endDate: string;
            followUp?: string;
            instrumentIds?: string[];
            /** @enum {string} */
            kind: "legislative-drafting-support" | "national-workshop" | "regional-workshop" | "training-course" | "mentoring" | "study-visit" | "technical-tool-or-publication" | "online-course";
            languages: ("ar" | "zh" | "en" | "fr" | "ru" | "es")[];
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            /** @description People named (you are always added). */
            namedUserIds?: string[];
            online?: boolean;
            /** @description The delivering entity. Default: your one entity. */
            organisationId?: string | null;
            outputs?: string;
            /** @description Counts only; every count given must agree with the others. */
            participants?: {
                byInstitutionKind?: {
                    [key: string]: number;
                } | null;
                bySex?: {
                    female: number;
                    male: number;
                    otherOrUndisclosed: number;
                } | null;
                total?: number | null;
            } | null;
            /** @description Partners delivering with it. */
            partnerOrganisationIds?: string[];
            place?: {
                city?: string | null;
                countryCode: string;
            } | null;
            programmeId?: string | null;
            /** @description The request it answers (accepted, planned or in delivery; addressed to the entity). */
            requestId?: string | null;
            /** @description Organisations it is shared with. */
            sharedOrganisationIds?: string[];
            /**
             * Format: date
             * @example 2014-07-10
             */
            startDate: string;
            stateCodes: string[];
            /** @enum {string} */
            status?: "planned" | "in-delivery" | "completed" | "cancelled";
            /** @description The strategy it supports. */
            strategyId?: string | null;
            themes: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            title: string;
        };
        NewAssistanceResultInput: {
            /** @description Default: the event’s date for a ratification. */
            date?: string | null;
            description?: string;
            documentId?: string | null;
            /** @description For ratification-deposited not yet deposited: name the instrument; confirmed when the State’s deposit is imported. */
            expected?: boolean;
            /** @description For an expected result: when the deposit is expected. */
            expectedDate?: string | null;
            instrumentId?: string | null;
            /** @enum {string} */
            kind: "ratification-deposited" | "legislation-adopted" | "strategy-adopted" | "officials-trained" | "tool-published" | "other";
            /** @description For ratification-deposited: the deposit. */
            participationEventId?: number | null;
            /** @description Default: the event’s State, or the activity’s one State. */
            stateCode?: string | null;
            /** @description For strategy-adopted. */
            strategyId?: string | null;
        };
        NewAuthorityInput: {
            address?: string;
            channels?: ("direct" | "diplomatic" | "interpol")[];
            contacts?: components["schemas"]["AuthorityContactInput"][];
            /** @description Required for a central authority (the treaty it is designated under); null for any other kind. */
            instrumentId?: string | null;
            /** @enum {string} */
            kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
            /** @description ISO 639-1 codes (en, fr, ar, …). */
            languages?: string[];
            lawLinks?: components["schemas"]["AuthorityLawLinkInput"][];
            name: string;
            publicFields?: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
            /** @description Items a request to this authority must contain (keys of the request template); null: not known. */
            requestItems?: string[] | null;
            requirements?: components["schemas"]["AuthorityRequirementsInput"];
            /** @description ISO 3166-1 alpha-3 of the State. */
            stateCode: string;
            urgentProcedure?: string;
        };
        NewBilateralTreatyInput: {
            /** @description Entry into force between the two (null: not known to be in force). */
            inForceFrom?: string | null;
            /**
             * @description extradition | mla | extradition-and-mla
             * @enum {string}
             */
            kind: "extradition" | "mla" | "extradition-and-mla";
            notes?: string;
            signedOn?: string | null;
            /** @description Where the facts come from (a treaty series reference, a gazette, a ministry page). Required. */
            source: string;
            /** @description An http(s) address of the source. */
            sourceUrl?: string | null;
            /** @description ISO 3166-1 alpha-3 (or an X-code) of a participant. */
            stateA: string;
            /** @description The other State; the two are stored in code order. */
            stateB: string;
            terminatedOn?: string | null;
            title: string;
        };
        NewDeclarationInput: {
            /** @description The article it is made under, e.g. 16(5). */
            article?: string;
            declaredOn?: string | null;
            /** @description An instrument id (GET /instruments), e.g. untoc. */
            instrumentId: string;
            /** @enum {string} */
            kind: "no-convention-basis-for-extradition" | "convention-basis-for-extradition" | "accepted-languages" | "dispute-reservation" | "other";
            /** @description ISO 639-1 codes. */
            languages?: string[];
            /** @description Where the facts come from (a treaty series reference, a gazette, a ministry page). Required. */
            source: string;
            /** @description An http(s) address of the source. */
            sourceUrl?: string | null;
            /** @description ISO 3166-1 alpha-3 (or an X-code) of a participant. */
            stateCode: string;
            text?: string;
        };
        NewNeedInput: {
            /**
             * Format: date
             * @description When it was assessed (not in the future).
             * @example 2014-07-10
             */
            assessedOn: string;
            /**
             * @description public | state-restricted (default: the State, the holder, coordinators) | un-internal. A need names nobody.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal";
            description: string;
            instrumentIds?: string[];
            /**
             * Format: uuid
             * @description Default: your one organisation that may hold records.
             */
            ownerOrganisationId?: string;
            /** @description The assessment as a document you may read, when it was uploaded. */
            sourceDocumentId?: string | null;
            /** @description Who made the assessment, when known. */
            sourceOrganisationId?: string | null;
            /** @description The assessment that found the need. */
            sourceTitle: string;
            /** @description ISO 3166-1 alpha-3 of the State assessed. */
            stateCode: string;
            themes: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
        };
        NewProgrammeInput: {
            code: string;
            /**
             * @description Default: public.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            description?: string;
            endDate?: string | null;
            /** @enum {string} */
            kind: "regional" | "thematic";
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            names: components["schemas"]["LocalizedTextInput"];
            objectives?: components["schemas"]["ProgrammeObjectiveInput"][];
            /** @description The leading entity. Default: your one entity. */
            organisationId?: string | null;
            partnerOrganisationIds?: string[];
            regions?: string[];
            startDate?: string | null;
            stateCodes?: string[];
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
        };
        NewProvisionInput: {
            label: string;
            position?: number;
            /** @description Checklist requirement ids (`<instrument>:<kind>`, e.g. "financing1999:offences"); unknown ids are refused. */
            requirementIds?: string[];
            text?: string;
        };
        NewStrategyInput: {
            adoptedOn?: string | null;
            /**
             * @description Default: public.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            documentId?: string | null;
            notes?: string;
            /** @description Who keeps the record. Default: your one organisation. */
            ownerOrganisationId?: string | null;
            region?: string | null;
            /** @enum {string} */
            scope: "national" | "regional";
            /** @enum {string} */
            stage: "drafting" | "adopted" | "under-review";
            stageChangedOn?: string | null;
            stateCodes: string[];
            title: string;
        };
        Notification: {
            /** @description False when the record is gone or no longer visible to you: nothing of it is shown. */
            available: boolean;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description request-submitted | request-transition | request-message | activity-planned | activity-updated | overlap-found | overlap-resolved | result-recorded | authority-stale | cooperation-request-transition | cooperation-request-message | cooperation-request-reminder */
            kind: string;
            /** @description The web page of the record (null when no longer visible to you). */
            link: string | null;
            params: {
                [key: string]: string | number | null;
            };
            readAt: string | null;
            /** Format: uuid */
            recordId: string;
            /** @enum {string} */
            recordType: "request" | "activity" | "overlap" | "authority" | "cooperation-request";
            /** @description The subscription that brought it (null: you take part in the record). */
            subscriptionId: string | null;
            /** @description What happened, in the language asked for. */
            title: string;
        };
        Organisation: {
            acronym: string | null;
            archived: boolean;
            id: string;
            /** @enum {string} */
            kind: "state-authority" | "un-entity" | "regional-organisation" | "donor" | "civil-society";
            memberCount: number;
            /** @description In the requested language, falling back to English. */
            name: string;
            names: components["schemas"]["LocalizedText"];
            /** @description For a State authority: its State (ISO 3166 alpha-3). */
            stateCode: string | null;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        OrganisationAbilities: {
            create: boolean;
            update: boolean;
        };
        Overlap: {
            abilities: {
                resolve: boolean;
            };
            /** @description The activity whose saving found the pair. */
            activity: components["schemas"]["OverlapSide"];
            /** Format: date-time */
            detectedAt: string;
            /**
             * Format: date
             * @description The shared period, inclusive.
             */
            from: string;
            id: string;
            other: components["schemas"]["OverlapSide"];
            /** @description One of: coordinated, merged, rescheduled, not-a-duplicate, cancelled. */
            resolution: string | null;
            resolutionComment: string | null;
            resolvedAt: string | null;
            resolvedByName: string | null;
            stateCodes: string[];
            /** @enum {string} */
            status: "open" | "resolved";
            themes: string[];
            /** Format: date */
            to: string;
        };
        /** @description The activity’s fields (others are ignored). */
        OverlapCheckInput: {
            /** @description The activity being edited (left out of its own check). */
            activityId?: string | null;
            /**
             * Format: date
             * @example 2014-07-10
             */
            endDate: string;
            organisationId?: string | null;
            /**
             * Format: date
             * @example 2014-07-10
             */
            startDate: string;
            stateCodes: string[];
            themes: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
        };
        OverlapResolutionInput: {
            /** @description How it was resolved (required). */
            comment: string;
            /** @enum {string} */
            resolution: "coordinated" | "merged" | "rescheduled" | "not-a-duplicate" | "cancelled";
        };
        OverlapSide: {
            /** Format: date */
            endDate: string;
            id: string;
            organisationId: string;
            organisationName: string;
            /** Format: date */
            startDate: string;
            status: string;
            /** @description Only when you may read this activity. */
            title: string | null;
        };
        OwnSession: {
            /** Format: date-time */
            createdAt: string;
            /** @description The session making this request. */
            current: boolean;
            /** Format: date-time */
            expiresAt: string;
            /** @description A public id of the session (not its cookie, nor the stored hash). */
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            method: string;
            userAgent: string | null;
        };
        PairView: {
            /** Format: date */
            asOf: string;
            /** @description Pairs of different States with no treaty basis known ("0"). */
            blindSpots: number;
            /** @description Row-major, one character per ordered pair (row = requesting, column = requested): "0"–"9" applicable treaties (9 = nine or more), "?" none known in force but a status unknown, "-" the same State. */
            cells: string;
            /**
             * @description The conduct the request is about (mapped to the instruments’ offence articles).
             * @enum {string}
             */
            conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
            /** @description The instruments counted. */
            instrumentIds: string[];
            /**
             * @description extradition, or mutual legal assistance (mla).
             * @enum {string}
             */
            kind: "extradition" | "mla";
            states: {
                code: string;
                names: components["schemas"]["LocalizedText"];
                regionalGroup: string | null;
            }[];
        };
        ParticipantGaps: {
            /** Format: date */
            asOf: string;
            /** Format: date */
            assistanceSince: string;
            instrumentsNotJoined: {
                adoptedDate: string | null;
                /**
                 * @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for.
                 * @enum {string}
                 */
                category: "universal" | "related" | "regional";
                depositary: string | null;
                entryIntoForce: string | null;
                id: string;
                shortNames: components["schemas"]["LocalizedText"];
                sortOrder: number;
                /** @enum {string} */
                status: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
                /** @description As-of date of the newest complete status list held; null when only excerpts are held (absent participants are then `unknown`). */
                statusListAsOf: string | null;
                titles: components["schemas"]["LocalizedText"];
            }[];
            instrumentsUnknown: components["schemas"]["InstrumentSummary"][];
            /** @description Legislative incorporation from assessments: not known until the State has been assessed (never counted as zero). */
            legislation: {
                /** @constant */
                known: false;
            } | {
                incorporatedNotRatified: string[];
                /** @constant */
                known: true;
                /** @description Instruments ratified but not incorporated. */
                notIncorporated: number;
                ratifiedNotIncorporated: string[];
                /** @description Instruments the State is a party to whose incorporation is not known. */
                ratifiedNotKnown: string[];
            };
            needsWithoutOpenRequest: {
                /** @description Those you may read. */
                items: components["schemas"]["Need"][];
                /** @description Every such need, whoever may read it. */
                total: number;
            };
            openGaps: number;
            openRequests: number;
            participant: components["schemas"]["ParticipantSummary"];
            plannedActivities: number;
            recentActivities: number;
            withoutAssistance: boolean;
        };
        ParticipantListItem: {
            /** @description ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union). */
            code: string;
            iso2: string | null;
            /** @enum {string} */
            kind: "member" | "observer" | "non_member" | "organization";
            m49: string | null;
            names: components["schemas"]["LocalizedText"];
            regionalGroup: string | null;
            /** @description Universal instruments joined as of the date. */
            universalPartyCount: number;
        };
        ParticipantProfile: {
            /** Format: date */
            asOf: string;
            gaps: components["schemas"]["InstrumentSummary"][];
            participant: {
                /** @description ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union). */
                code: string;
                iso2: string | null;
                /** @enum {string} */
                kind: "member" | "observer" | "non_member" | "organization";
                m49: string | null;
                memberSince: string | null;
                names: components["schemas"]["LocalizedText"];
                officialNameEn: string | null;
                regionalGroup: string | null;
            };
            participation: {
                consentDate: string | null;
                consentKind: ("signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration") | null;
                disagreements: {
                    chosen: components["schemas"]["Event"];
                    others: components["schemas"]["Event"][];
                    slot: string;
                }[];
                inForceFrom: string | null;
                instrument: components["schemas"]["InstrumentSummary"];
                instrumentId: string;
                participantCode: string;
                signatureDate: string | null;
                source: components["schemas"]["Source"] | null;
                /** @enum {string} */
                status: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
            }[];
            timeline: {
                /** @description Other publishers that state the same act (same instrument, kind and date). */
                alsoIn: components["schemas"]["Source"][];
                batchId: number;
                date: string | null;
                effectiveDate: string | null;
                id: number;
                instrumentId: string;
                /** @enum {string} */
                kind: "signature" | "ratification" | "accession" | "succession" | "acceptance" | "approval" | "consent" | "withdrawal" | "reservation" | "declaration";
                nameAsWritten: string;
                source: components["schemas"]["Source"];
                text: string | null;
            }[];
        };
        ParticipantSummary: {
            /** @description ISO 3166-1 alpha-3, or an X-code for a participant without one (XEU = European Union). */
            code: string;
            iso2: string | null;
            /** @enum {string} */
            kind: "member" | "observer" | "non_member" | "organization";
            m49: string | null;
            names: components["schemas"]["LocalizedText"];
            regionalGroup: string | null;
        };
        ParticipationEvidence: {
            consent: components["schemas"]["ActRef"] | null;
            /** @description In force for the State on the date asked; null when the date is not known. */
            inForce: boolean | null;
            /** @description When the instrument entered into force for the State; null when not known. */
            inForceFrom: string | null;
            signature: components["schemas"]["ActRef"] | null;
            sourcesDisagree: boolean;
            state: string;
            /** @enum {string} */
            status: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
            withdrawal: components["schemas"]["ActRef"] | null;
        };
        Person: {
            /** Format: date-time */
            createdAt: string;
            disabled: boolean;
            displayName: string;
            email: string;
            id: string;
            languages: string[];
            lastSignInAt: string | null;
            /** @description A focal point sees only memberships in their own State's authorities. */
            memberships: components["schemas"]["MembershipView"][];
            platformAdmin: boolean;
            /** @description Has a second factor set up. */
            secondFactor: boolean;
            /** @description Must have one (administrators, entity officers). */
            secondFactorRequired: boolean;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        PersonAbilities: {
            invite: boolean;
            manageMemberships: boolean;
            update: boolean;
        };
        Programme: {
            code: string;
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            description: string;
            endDate: string | null;
            id: string;
            kind: string;
            mandates: string[];
            name: string;
            names: components["schemas"]["LocalizedText"];
            objectives: components["schemas"]["ProgrammeObjective"][];
            organisationId: string;
            organisationName: string;
            partnerOrganisationIds: string[];
            regions: string[];
            startDate: string | null;
            stateCodes: string[];
            themes: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ProgrammeChangesInput: {
            code?: string;
            /**
             * @description Default: public.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            description?: string;
            endDate?: string | null;
            /** @enum {string} */
            kind?: "regional" | "thematic";
            mandates?: ("68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15")[];
            names?: components["schemas"]["LocalizedTextInput"];
            objectives?: components["schemas"]["ProgrammeObjectiveInput"][];
            /** @description The leading entity. Default: your one entity. */
            organisationId?: string | null;
            partnerOrganisationIds?: string[];
            regions?: string[];
            startDate?: string | null;
            stateCodes?: string[];
            themes?: ("ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law")[];
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        ProgrammeObjective: {
            id: string;
            indicators: {
                actual: number | null;
                baseline: number | null;
                id: string;
                name: string;
                target: number | null;
                unit: string | null;
            }[];
            text: string;
        };
        ProgrammeObjectiveInput: {
            id: string;
            indicators: {
                actual: number | null;
                baseline: number | null;
                id: string;
                name: string;
                target: number | null;
                unit: string | null;
            }[];
            text: string;
        };
        ProvisionChangesInput: {
            label?: string;
            position?: number;
            /** @description Checklist requirement ids (`<instrument>:<kind>`, e.g. "financing1999:offences"); unknown ids are refused. */
            requirementIds?: string[];
            text?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        ProvisionView: {
            /** Format: date-time */
            createdAt: string;
            documentId: string;
            id: string;
            /** @description As the law numbers it ("Article 421-2-2"). */
            label: string;
            position: number;
            requirementIds: string[];
            text: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        RateImportSummary: {
            data: {
                currencies: string[];
                fileName: string;
                fileSha256: string;
                /** @enum {string} */
                format: "accord" | "ecb";
                from: string | null;
                rates: number;
                skippedCurrencies: string[];
                source: string;
                to: string | null;
                /** @description Rates already held with the same value, left as they were. */
                unchanged: number;
            };
        };
        RateTableImportInput: {
            /** @description The CSV text: currency,date,units_per_usd (or the ECB’s eurofxref-hist.csv). */
            content: string;
            fileName: string;
            /** @description The table’s name and publisher, e.g. "UN operational rates of exchange, 2014-01". */
            source: string;
        };
        RatificationsFollowingAssistance: {
            byInstrument: {
                /** @description The participation events counted. */
                eventIds: number[];
                instrumentId: string;
                instrumentName: string;
                /** @description Distinct deposits counted. */
                ratifications: number;
                /** @description The results linking them to activities. */
                resultIds: string[];
            }[];
            byState: {
                /** @description The participation events counted. */
                eventIds: number[];
                /** @description Distinct deposits counted. */
                ratifications: number;
                /** @description The results linking them to activities. */
                resultIds: string[];
                stateCode: string;
            }[];
            byYear: {
                /** @description The participation events counted. */
                eventIds: number[];
                /** @description Distinct deposits counted. */
                ratifications: number;
                /** @description The results linking them to activities. */
                resultIds: string[];
                year: number;
            }[];
            /** @description Expected ratifications no deposit in the record confirms yet: not counted above. */
            expected: {
                resultIds: string[];
                results: number;
            };
            total: {
                /** @description The participation events counted. */
                eventIds: number[];
                /** @description Distinct deposits counted. */
                ratifications: number;
                /** @description The results linking them to activities. */
                resultIds: string[];
            };
        };
        RegisterEntryAbilities: {
            /** @description May remove this entry. */
            delete: boolean;
            /** @description May correct this entry. */
            update: boolean;
        };
        ReportCreateInput: {
            /** @enum {string} */
            language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            /** @description The resolution key whose paragraphs make the skeleton: `68/187`. */
            mandateSet: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            periodFrom: string;
            /**
             * Format: date
             * @example 2014-07-10
             */
            periodTo: string;
            title: string;
        };
        ReportFigure: {
            id: string;
            label: {
                key: string;
                kind: string;
                text?: string;
            };
            suppressed: boolean;
            /** @enum {string} */
            unit: "count" | "usd" | "days";
            value: number | string | null;
        };
        ReportSummary: {
            figuresComputedAt: string;
            id: string;
            language: string;
            mandateSet: string;
            periodFrom: string;
            periodTo: string;
            title: string;
            updatedAt: string;
            version: number;
        };
        ReportView: {
            abilities: {
                update: boolean;
            };
            figures: {
                computedAt: string;
                groups: {
                    chart: boolean;
                    figures: components["schemas"]["ReportFigure"][];
                    id: string;
                    mandateId: string | null;
                    /** @enum {string} */
                    section: "ratifications" | "states-assisted" | "activities" | "officials-trained" | "legislation" | "requests" | "cooperation" | "publications" | "funding";
                }[];
                mandateSet: string;
                periodFrom: string;
                periodTo: string;
            };
            figuresComputedAt: string;
            id: string;
            language: string;
            mandateSet: string;
            narrative: {
                [key: string]: string;
            };
            periodFrom: string;
            periodTo: string;
            sections: {
                groupIds: string[];
                id: string;
                number: number | string;
                text: string;
            }[];
            title: string;
            version: number;
        };
        ReportingRequest: {
            /** @description The session the report is due at, when the text names one. */
            session: number | null;
            /** @description general-assembly | security-council | ecosoc | commission */
            to: string;
        };
        ReportingRequestInput: {
            /** @description The session the report is due at, when the text names one. */
            session: number | null;
            /** @description general-assembly | security-council | ecosoc | commission */
            to: string;
        };
        Resolution: {
            adoptedOn: string | null;
            body: string;
            corrections: {
                after: unknown;
                before: unknown;
                correctedAt: string;
                correctedBy: string | null;
                field: string;
                id: string;
                note: string;
                paragraphId: string;
            }[];
            id: string;
            /** @description `70/177` for A/RES/70/177; mandate ids are `<key>/OPn`. */
            key: string;
            languages: string[];
            links: {
                paragraphId: string | null;
                relation: string;
                toId: string | null;
                toKey: string | null;
                toSymbol: string;
            }[];
            operative: number;
            paragraphs: components["schemas"]["ResolutionParagraph"][];
            preambular: number;
            recalledBy: {
                fromId: string;
                fromKey: string;
                fromSymbol: string;
                fromTitles: components["schemas"]["LocalizedText"];
                relation: string;
            }[];
            symbol: string;
            texts: {
                format: string;
                importedAt: string;
                language: string;
                sha256: string;
                source: string;
            }[];
            titles: components["schemas"]["LocalizedText"];
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ResolutionAbilities: {
            /** @description May correct paragraphs. */
            correct: boolean;
            /** @description May import resolutions. */
            import: boolean;
        };
        ResolutionParagraph: {
            addressees: string[];
            /** @description What the paragraph asks, in the words of the language first imported. */
            asks: string;
            cites: string[];
            id: string;
            /** @enum {string} */
            kind: "preambular" | "operative";
            /** @description `<key>/OPn` for an operative paragraph. */
            mandateId: string | null;
            /** @description Operative: as printed; preambular: its position. */
            number: number;
            reporting: components["schemas"]["ReportingRequest"] | null;
            texts: components["schemas"]["LocalizedText"];
            /** @description Canonical, in English (requests, calls upon, invites, recalls, …); the UI translates it. */
            verb: string | null;
            version: number;
        };
        ResolutionSummary: {
            adoptedOn: string | null;
            body: string;
            id: string;
            /** @description `70/177` for A/RES/70/177; mandate ids are `<key>/OPn`. */
            key: string;
            languages: string[];
            operative: number;
            preambular: number;
            symbol: string;
            titles: components["schemas"]["LocalizedText"];
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        ResultWarning: {
            /** @enum {string} */
            code: "future_date";
            message: string;
            path: string[];
        };
        SearchAnswer: {
            data: components["schemas"]["SearchHit"][];
            facets: {
                instrument: {
                    count: number;
                    value: string;
                }[];
                kind: {
                    count: number;
                    value: string;
                }[];
                language: {
                    count: number;
                    value: string;
                }[];
                mandate: {
                    count: number;
                    value: string;
                }[];
                requirement: {
                    count: number;
                    value: string;
                }[];
                state: {
                    count: number;
                    value: string;
                }[];
                theme: {
                    count: number;
                    value: string;
                }[];
                year: {
                    count: number;
                    value: string;
                }[];
            };
            /** @description Instruments the query names in any language: entries tagged with them are found too. */
            instrumentsNamed: string[];
            /** @description True when the query matches more entries than are ranked and counted (1,000 text matches and 200 found through a named instrument): `total` and the facet counts are then of those, and a filter narrows the search. */
            more: boolean;
            page: number;
            pageSize: number;
            total: number;
        };
        SearchHit: {
            /** @description The record's page in the web app, without the language prefix (/documents/…). */
            href: string;
            instrumentIds: string[];
            kind: string;
            language: string | null;
            /** @description ≥ 1 for a direct text match; below 1 when found through an instrument the query names. */
            score: number;
            snippets: {
                /** @description Text was cut before it. */
                leading: boolean;
                /** @description Ranges of `text` that match (UTF-16 offsets). */
                matches: {
                    end: number;
                    start: number;
                }[];
                /** @description A slice of the original text. */
                text: string;
                /** @description Text was cut after it. */
                trailing: boolean;
            }[];
            sourceId: string;
            /** @enum {string} */
            sourceKind: "document" | "provision" | "article" | "assistance-request" | "activity" | "programme";
            stateCodes: string[];
            title: string;
            /** @description Ranges of the title that match (UTF-16 offsets). */
            titleMatches: {
                end: number;
                start: number;
            }[];
            year: number | null;
        };
        SecondFactorEnrolment: {
            otpauthUri: string;
            /** @description The QR code of otpauthUri, an SVG document (show it as an image, never as markup). */
            qrSvg: string;
            /** @description Base32, for apps that cannot scan the QR code. */
            secret: string;
        };
        SessionAbilities: {
            administer: boolean;
            /** @description The cross-entity coordination views: who does what where, overlaps, gaps. */
            coordinate: boolean;
            createDocument: boolean;
            /** @description Practises in a State authority: drafts and tracks requests for MLA and extradition. */
            draftCooperationRequests: boolean;
            importStatus: boolean;
            invite: boolean;
            readAuditLog: boolean;
            /** @description Donors’ contributions and where they went. */
            readFunding: boolean;
            /** @description Assessed needs. */
            readNeeds: boolean;
            /** @description The Secretary-General's report drafts (coordinators). */
            readReports: boolean;
            /** @description Assistance requests (the queue). */
            readRequests: boolean;
        };
        SessionView: {
            /** @description Send as the x-csrf-token header with every POST, PUT, PATCH and DELETE. */
            csrfToken: string;
            /** @description Single sign-on, when configured: the name on its button. */
            oidc: {
                name: string;
            } | null;
            /**
             * @description anonymous; second-factor (password accepted, code awaited); enrol-second-factor (must set one up first); complete.
             * @enum {string}
             */
            stage: "anonymous" | "second-factor" | "enrol-second-factor" | "complete";
            /** @description Memberships are listed once the session is complete. */
            user: components["schemas"]["AccountView"] | null;
        };
        Source: {
            asOf: string | null;
            id: number;
            publisher: string;
            title: string;
            url: string | null;
        };
        StateGapsRow: {
            /** @description Universal instruments not joined today (signatory, withdrawn or no act). */
            instrumentsNotJoined: number;
            /** @description Universal instruments whose status is unknown: not gaps. */
            instrumentsUnknown: number;
            /** @description Legislative incorporation from assessments: not known until the State has been assessed (never counted as zero). */
            legislation: {
                /** @constant */
                known: false;
            } | {
                incorporatedNotRatified: string[];
                /** @constant */
                known: true;
                /** @description Instruments ratified but not incorporated. */
                notIncorporated: number;
                ratifiedNotIncorporated: string[];
                /** @description Instruments the State is a party to whose incorporation is not known. */
                ratifiedNotKnown: string[];
            };
            names: components["schemas"]["LocalizedText"];
            needsWithoutOpenRequest: number;
            /** @description instrumentsNotJoined + needsWithoutOpenRequest. */
            openGaps: number;
            openRequests: number;
            /** @description Activities (not cancelled) planned to start after today. */
            plannedActivities: number;
            /** @description Activities (not cancelled) in the last 24 months. */
            recentActivities: number;
            regionalGroup: string | null;
            stateCode: string;
            /** @description No open request, no activity in the last 24 months and none planned. */
            withoutAssistance: boolean;
        };
        StateLegislation: {
            abilities: {
                assess: boolean;
            };
            asOf: string;
            assistedRequirements: number;
            incorporatedNotRatified: string[];
            instruments: {
                flags: {
                    incorporatedNotRatified: boolean;
                    ratifiedIncorporationNotKnown: boolean;
                    ratifiedNotIncorporated: boolean;
                };
                instrument: components["schemas"]["InstrumentSummary"];
                items: {
                    /** @description As the treaty numbers it ("7(2)-(3)"). */
                    article: string;
                    /** @description The API path of the cited article’s text, null when Accord does not hold it. */
                    articlePath: string | null;
                    assessments: components["schemas"]["IncorporationAssessment"][];
                    /** @enum {string} */
                    category: "offences" | "legal-persons" | "jurisdiction-mandatory" | "jurisdiction-optional" | "aut-dedere" | "extradition" | "mla" | "confiscation" | "preventive-measures";
                    disagreement: boolean;
                    instrumentId: string;
                    /** @enum {string} */
                    obligation: "mandatory" | "optional";
                    /** @description Accord’s own words, from the cooperation provisions file; not treaty text. */
                    paraphrase: string | null;
                    /** @description The cooperation provisions file’s kind the item comes from; null for the checklist file’s. */
                    provisionKind: string | null;
                    /** @description The treaty’s own words (checklist file items). */
                    quote: string | null;
                    /** @description `<instrument>:<key>`, stable. */
                    requirementId: string;
                    /** @enum {string} */
                    status: "covered" | "partly-covered" | "not-covered" | "not-known";
                }[];
                /** @enum {string} */
                participation: "party" | "signatory" | "withdrawn" | "none" | "unknown" | "not_adopted" | "not_a_state";
                summary: components["schemas"]["IncorporationSummary"];
            }[];
            participant: components["schemas"]["ParticipantSummary"];
            ratifiedIncorporationNotKnown: string[];
            ratifiedNotIncorporated: string[];
        };
        StateRef: {
            code: string;
            names: components["schemas"]["LocalizedText"];
        };
        Strategy: {
            adoptedOn: string | null;
            /** @enum {string} */
            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
            /** Format: date-time */
            createdAt: string;
            documentId: string | null;
            id: string;
            notes: string;
            ownerOrganisationId: string;
            ownerOrganisationName: string;
            region: string | null;
            scope: string;
            stage: string;
            stageChangedOn: string | null;
            stateCodes: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        StrategyChangesInput: {
            adoptedOn?: string | null;
            /**
             * @description Default: public.
             * @enum {string}
             */
            confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
            documentId?: string | null;
            notes?: string;
            /** @description Who keeps the record. Default: your one organisation. */
            ownerOrganisationId?: string | null;
            region?: string | null;
            /** @enum {string} */
            scope?: "national" | "regional";
            /** @enum {string} */
            stage?: "drafting" | "adopted" | "under-review";
            stageChangedOn?: string | null;
            stateCodes?: string[];
            title?: string;
            /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
            version?: number;
        };
        Subscription: {
            createdAt: string;
            email: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "state" | "theme" | "entity" | "cooperation-requests-sent" | "cooperation-requests-received";
            /** @description What is followed, in the language asked for. */
            label: string;
            /** @description The State’s or organisation’s names; null for a theme. */
            names: components["schemas"]["LocalizedText"] | null;
            /** @description A State code (state, cooperation-requests-received), a theme id, or an organisation id (entity, cooperation-requests-sent). */
            value: string;
            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
            version: number;
        };
        TreatyAbilities: {
            /** @description May download this data as a file. */
            export: boolean;
            /** @description May import a status list. */
            import: boolean;
        };
        TreatyArticle: {
            article: {
                heading: string | null;
                number: string;
                /** @description The English text, paragraphs separated by a blank line; null where the source gives none. */
                text: string | null;
            };
            instrument: components["schemas"]["InstrumentSummary"];
            next: string | null;
            previous: string | null;
            source: components["schemas"]["TreatyTextSource"];
        };
        TreatyArticleList: {
            articles: components["schemas"]["ArticleListItem"][];
            instrument: components["schemas"]["InstrumentSummary"];
            source: components["schemas"]["TreatyTextSource"];
        };
        TreatyTextSource: {
            commit: string;
            /** @description The shipped file, under data/reference/treaty-texts/. */
            file: string;
            /**
             * @description The English authentic text; the files’ Dutch translation is not used.
             * @constant
             */
            language: "en";
            publisher: string;
            /** @description The public repository the text was copied from. */
            repository: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivities: {
        parameters: {
            query?: {
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                kind?: "legislative-drafting-support" | "national-workshop" | "regional-workshop" | "training-course" | "mentoring" | "study-visit" | "technical-tool-or-publication" | "online-course";
                /** @description Delivered by or shared with this organisation. */
                organisationId?: string;
                /** @description e.g. 68/187/OP9 */
                mandate?: "68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15";
                /** @description Held (at least partly) in this year. */
                year?: number;
                /** @description Held at least partly on or after this day. */
                from?: string;
                /** @description Held at least partly on or before this day. */
                to?: string;
                requestId?: string;
                programmeId?: string;
                strategyId?: string;
                /** @description One or several of planned, in-delivery, completed, cancelled (repeat, or comma-separated). */
                status?: string | string[];
                /** @description Part of the title or outputs. */
                q?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ActivityListAbilities"];
                        data: components["schemas"]["Activity"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActivityInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ActivityAbilities"];
                        data: components["schemas"]["Activity"];
                        /** @description Other entities’ activities for the same State and theme over dates that meet. */
                        overlaps: components["schemas"]["ActivityOverlap"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportActivities: {
        parameters: {
            query?: {
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                kind?: "legislative-drafting-support" | "national-workshop" | "regional-workshop" | "training-course" | "mentoring" | "study-visit" | "technical-tool-or-publication" | "online-course";
                /** @description Delivered by or shared with this organisation. */
                organisationId?: string;
                /** @description e.g. 68/187/OP9 */
                mandate?: "68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15";
                /** @description Held (at least partly) in this year. */
                year?: number;
                /** @description Held at least partly on or after this day. */
                from?: string;
                /** @description Held at least partly on or before this day. */
                to?: string;
                requestId?: string;
                programmeId?: string;
                strategyId?: string;
                /** @description One or several of planned, in-delivery, completed, cancelled (repeat, or comma-separated). */
                status?: string | string[];
                /** @description Part of the title or outputs. */
                q?: string;
                format?: "csv" | "xlsx" | "ics";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    checkActivityOverlaps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverlapCheckInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ActivityOverlap"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ActivityAbilities"];
                        data: components["schemas"]["ActivityDetail"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ActivityAbilities"];
                        data: components["schemas"]["Activity"];
                        /** @description Other entities’ activities for the same State and theme over dates that meet. */
                        overlaps: components["schemas"]["ActivityOverlap"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ActivityAbilities"];
                        data: components["schemas"]["ActivityDetail"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createActivityResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAssistanceResultInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AssistanceResult"];
                        /** @description Recorded, but worth a second look. */
                        warnings: components["schemas"]["ResultWarning"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAssistanceRequests: {
        parameters: {
            query?: {
                /** @description Any of these statuses (repeat the parameter, or separate with commas). */
                status?: string | string[];
                /** @description ISO 3166-1 alpha-3 of the requesting State. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Addressed to this organisation. */
                addressedTo?: string;
                urgency?: "low" | "normal" | "high" | "urgent";
                /** @description Part of the reference, title, needs or priorities. */
                q?: string;
                /** @description queue: addressed to your entities and awaiting them (submitted to in delivery); mine: your State’s. */
                view?: "queue" | "mine";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestListAbilities"];
                        data: components["schemas"]["AssistanceRequestView"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createAssistanceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistanceRequestDraftInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportAssistanceRequests: {
        parameters: {
            query?: {
                /** @description Any of these statuses (repeat the parameter, or separate with commas). */
                status?: string | string[];
                /** @description ISO 3166-1 alpha-3 of the requesting State. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Addressed to this organisation. */
                addressedTo?: string;
                urgency?: "low" | "normal" | "high" | "urgent";
                /** @description Part of the reference, title, needs or priorities. */
                q?: string;
                /** @description queue: addressed to your entities and awaiting them (submitted to in delivery); mine: your State’s. */
                view?: "queue" | "mine";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getAssistanceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteAssistanceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateAssistanceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistanceRequestChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    postAssistanceRequestMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistanceRequestNewMessageInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AssistanceRequestMessage"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    transitionAssistanceRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistanceRequestTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AssistanceRequestAbilities"];
                        data: components["schemas"]["AssistanceRequestDetail"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Exactly, e.g. user:<id>, token:<id>, cli:<account>. */
                actor?: string;
                /** @description e.g. person:update, invitation:create. */
                action?: string;
                targetType?: string;
                targetId?: string;
                /** @description From this date (its start) or instant, inclusive. */
                from?: string;
                /** @description To this date (its end, inclusive) or instant (exclusive). */
                to?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuditLogAbilities"];
                        data: components["schemas"]["AuditEntry"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                /** @description Exactly, e.g. user:<id>, token:<id>, cli:<account>. */
                actor?: string;
                /** @description e.g. person:update, invitation:create. */
                action?: string;
                targetType?: string;
                targetId?: string;
                /** @description From this date (its start) or instant, inclusive. */
                from?: string;
                /** @description To this date (its end, inclusive) or instant (exclusive). */
                to?: string;
                format?: "csv" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        meta: {
                            [key: string]: unknown;
                        };
                    };
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuditLogAbilities"];
                        data: components["schemas"]["AuditLogVerification"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    finishOidcSignIn: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                iss?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect: see the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startOidcSignIn: {
        parameters: {
            query?: {
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect: see the Location header. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description E-mail address (case does not matter). */
                    email: string;
                };
            };
        };
        responses: {
            /** @description No content. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    verifySecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6-digit code from the authenticator app, or (signing in) a recovery code such as abcd-efgh-jkmn. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["SessionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    removeSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    startSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SecondFactorEnrolment"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    confirmSecondFactorEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The 6-digit code from the authenticator app, or (signing in) a recovery code such as abcd-efgh-jkmn. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["SessionView"];
                        /** @description Ten single-use recovery codes, shown this once: only their hashes are kept. */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createAuthSecondFactorRecoveryCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                } | {
                    /** @description The 6-digit code from the authenticator app, or (signing in) a recovery code such as abcd-efgh-jkmn. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Ten single-use recovery codes, shown this once: only their hashes are kept. */
                            recoveryCodes: string[];
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["SessionView"];
                    };
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description E-mail address (case does not matter). */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["SessionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Only events recorded (imported) on or after this date, 00:00 UTC. */
                since?: string;
                /** @description recorded: in the order Accord learnt them; acts: signatures, deposits and withdrawals by their own date, up to today */
                sort?: "recorded" | "acts";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["Change"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getChangesFeed: {
        parameters: {
            query?: {
                /** @description Only events recorded (imported) on or after this date, 00:00 UTC. */
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationAuthorities: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 of the State. */
                stateCode?: string;
                kind?: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                /** @description true: only entries not confirmed for 12 months; false: only the others. */
                stale?: "true" | "false";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            /** @description May add an entry (for the State asked for, or for some State). */
                            create: boolean;
                        };
                        data: {
                            abilities: components["schemas"]["AuthorityAbilities"];
                            address: string | null;
                            /** @description Empty when not known. */
                            channels: ("direct" | "diplomatic" | "interpol")[];
                            /**
                             * Format: date-time
                             * @description When one of the State’s people last confirmed the entry (or changed it).
                             */
                            confirmedAt: string;
                            contacts: components["schemas"]["AuthorityContact"][] | null;
                            id: string;
                            /** @description For a central authority: the treaty it is designated under. */
                            instrumentId: string | null;
                            /** @enum {string} */
                            kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                            /** @description ISO 639-1 codes; empty when not known. */
                            languages: string[];
                            lawLinks: components["schemas"]["AuthorityLawLink"][] | null;
                            name: string;
                            /** @description What the State made public beyond name, kind, treaty, channels and languages. */
                            publicFields: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
                            /** @description Items a request to this authority must contain (issue 12); null when not known, or withheld with `requirements`. */
                            requestItems: ("requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality")[] | null;
                            requirements: components["schemas"]["AuthorityRequirements"] | null;
                            /** @description Not confirmed for 12 months. */
                            stale: boolean;
                            stateCode: string;
                            urgentProcedure: string | null;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                            /** @description Fields held back from you (null above): only practitioners, UN officers and the State’s focal points see them. */
                            withheld: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationAuthority: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewAuthorityInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationAuthoritiesCsv: {
        parameters: {
            query?: {
                /** @description Only this State’s entries. */
                state?: string;
                /** @description Only entries of this kind. */
                kind?: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationAuthoritiesHtml: {
        parameters: {
            query?: {
                /** @description Only this State’s entries. */
                state?: string;
                /** @description Only entries of this kind. */
                kind?: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                /** @description Language of the page’s words and of State and treaty names (entries are shown as written). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page (Content-Disposition: inline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationAuthoritiesFileLayout: {
        parameters: {
            query?: {
                /** @description The State the import would be for: `abilities.import` answers for it. */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryLayout"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationAuthoritiesImport: {
        parameters: {
            query?: {
                /** @description true (the default): show the difference, write nothing. false: import (all or nothing). */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DirectoryImportFormInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DirectoryImportReport"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationAuthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCooperationAuthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCooperationAuthority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthorityChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationAuthorityConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: components["schemas"]["Authority"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationAuthorityHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["AuthorityAbilities"];
                        data: {
                            /** @enum {string} */
                            change: "created" | "updated" | "confirmed" | "deleted" | "imported";
                            /** Format: date-time */
                            changedAt: string;
                            /** @description The entry as it was after the change, projected for you. */
                            entry: {
                                address: string | null;
                                /** @description Empty when not known. */
                                channels: ("direct" | "diplomatic" | "interpol")[];
                                /**
                                 * Format: date-time
                                 * @description When one of the State’s people last confirmed the entry (or changed it).
                                 */
                                confirmedAt: string;
                                contacts: components["schemas"]["AuthorityContact"][] | null;
                                id: string;
                                /** @description For a central authority: the treaty it is designated under. */
                                instrumentId: string | null;
                                /** @enum {string} */
                                kind: "mla" | "extradition" | "transfer-sentenced" | "central-authority";
                                /** @description ISO 639-1 codes; empty when not known. */
                                languages: string[];
                                lawLinks: components["schemas"]["AuthorityLawLink"][] | null;
                                name: string;
                                /** @description What the State made public beyond name, kind, treaty, channels and languages. */
                                publicFields: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
                                /** @description Items a request to this authority must contain (issue 12); null when not known, or withheld with `requirements`. */
                                requestItems: ("requesting-authority" | "requesting-contact" | "urgency-reason" | "requested-authority" | "output-language" | "legal-basis" | "subject-and-conducting-authority" | "facts-summary" | "purpose" | "offences" | "offence-law-text" | "offence-penalty" | "assistance-sought" | "persons-concerned" | "transfer-consent" | "person-identity" | "person-identification" | "person-location" | "warrant" | "sentence" | "time-limits" | "assurances" | "procedures" | "confidentiality")[] | null;
                                requirements: components["schemas"]["AuthorityRequirements"] | null;
                                stateCode: string;
                                urgentProcedure: string | null;
                                /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                                version: number;
                                /** @description Fields held back from you (null above): only practitioners, UN officers and the State’s focal points see them. */
                                withheld: ("address" | "urgentProcedure" | "requirements" | "lawLinks" | "contacts")[];
                            };
                            version: number;
                        }[];
                        /** @description The entry was removed (its last version is `deleted`). */
                        deleted: boolean;
                        stateCode: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationBilateralTreaties: {
        parameters: {
            query?: {
                /** @description Treaties of this State (either party). */
                stateCode?: string;
                /** @description With stateCode: treaties between the two. */
                otherStateCode?: string;
                /** @description extradition | mla | extradition-and-mla */
                kind?: "extradition" | "mla" | "extradition-and-mla";
                /** @description Part of the title. */
                q?: string;
                /** @description Only treaties in force on this date. */
                inForceOn?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["BilateralTreatyListAbilities"];
                        data: {
                            abilities: components["schemas"]["RegisterEntryAbilities"];
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @description Null: not (known to be) in force. */
                            inForceFrom: string | null;
                            /** @enum {string} */
                            kind: "extradition" | "mla" | "extradition-and-mla";
                            notes: string;
                            signedOn: string | null;
                            source: string;
                            sourceUrl: string | null;
                            /** @description The pair is given with stateA < stateB, whatever order it was entered in. */
                            stateA: string;
                            stateB: string;
                            terminatedOn: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationBilateralTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewBilateralTreatyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["BilateralTreatyView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationBilateralTreatiesImport: {
        parameters: {
            query?: {
                /** @description true: only say what would be created, what is already recorded, and every row’s problems. */
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["BilateralImportUploadInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BilateralImportReport"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationBilateralTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["BilateralTreatyView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCooperationBilateralTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCooperationBilateralTreaty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BilateralTreatyChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["BilateralTreatyView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["BilateralTreatyView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationConducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ConductView"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationDeclarations: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 (or an X-code) of a participant. */
                stateCode?: string;
                instrumentId?: string;
                kind?: "no-convention-basis-for-extradition" | "convention-basis-for-extradition" | "accepted-languages" | "dispute-reservation" | "other";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DeclarationListAbilities"];
                        data: {
                            abilities: components["schemas"]["RegisterEntryAbilities"];
                            article: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Null: the source gives no date. */
                            declaredOn: string | null;
                            id: string;
                            instrumentId: string;
                            /** @enum {string} */
                            kind: "no-convention-basis-for-extradition" | "convention-basis-for-extradition" | "accepted-languages" | "dispute-reservation" | "other";
                            /** @description ISO 639-1 codes (accepted-languages declarations). */
                            languages: string[];
                            source: string;
                            sourceUrl: string | null;
                            stateCode: string;
                            /** @description The declaration’s words, as the source gives them. */
                            text: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationDeclaration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDeclarationInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["DeclarationView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationDeclaration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["DeclarationView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCooperationDeclaration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCooperationDeclaration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The entry id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["DeclarationView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["RegisterEntryAbilities"];
                        data: components["schemas"]["DeclarationView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationLegalBasis: {
        parameters: {
            query: {
                /** @description The requesting State. */
                from: string;
                /** @description The requested State. */
                to: string;
                /** @description extradition, or mutual legal assistance (mla). */
                kind: "extradition" | "mla";
                /** @description The conduct the request is about (mapped to the instruments’ offence articles). */
                conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LegalBasisAnswer"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationPairs: {
        parameters: {
            query: {
                /** @description extradition, or mutual legal assistance (mla). */
                kind: "extradition" | "mla";
                /** @description The conduct the request is about (mapped to the instruments’ offence articles). */
                conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PairView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationPairsCsv: {
        parameters: {
            query: {
                /** @description extradition, or mutual legal assistance (mla). */
                kind: "extradition" | "mla";
                /** @description The conduct the request is about (mapped to the instruments’ offence articles). */
                conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description Language of names in exported files. */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationPairsXlsx: {
        parameters: {
            query: {
                /** @description extradition, or mutual legal assistance (mla). */
                kind: "extradition" | "mla";
                /** @description The conduct the request is about (mapped to the instruments’ offence articles). */
                conduct: "on-board-aircraft" | "aircraft-hijacking" | "civil-aviation-sabotage" | "airport-violence" | "protected-persons" | "hostage-taking" | "nuclear-material" | "ships" | "fixed-platforms" | "plastic-explosives" | "terrorist-bombing" | "terrorist-financing" | "nuclear-terrorism" | "corruption" | "other-serious-crime";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description Language of names in exported files. */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationRequestTemplate: {
        parameters: {
            query?: {
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                kind: "extradition" | "mla";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRequestTemplate"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationRequests: {
        parameters: {
            query?: {
                /** @description Requests the caller drafts or sends (requesting), receives (requested), or both. */
                side?: "all" | "requesting" | "requested";
                status?: components["schemas"]["CooperationRequestStatusInput"];
                kind?: "extradition" | "mla";
                /** @description The other State. */
                state?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            create: boolean;
                        };
                        data: components["schemas"]["CooperationRequestSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationRequestCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationRequestsStatistics: {
        parameters: {
            query: {
                /** @description The calendar year in which the requests were sent. */
                year: number;
                kind: "extradition" | "mla";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CooperationRequestStatistics"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCooperationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateCooperationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationRequestPatchInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationRequestAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, DOCX, XLSX, ODT, TXT (UTF-8), PNG or JPEG, at most 10 MiB.
                     */
                    file: string;
                    language?: string;
                    /** @description Default: the file’s name. */
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteCooperationRequestAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationRequestDocumentDocx: {
        parameters: {
            query?: {
                /** @description Default: the language chosen on the request. */
                language?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCooperationRequestDocumentHtml: {
        parameters: {
            query?: {
                /** @description Default: the language chosen on the request. */
                language?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: inline) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationRequestDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description An id Accord gave.
                     */
                    requestedAuthorityId?: string;
                    /** @description ISO 3166-1 alpha-3 code of a State. */
                    requestedStateCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationRequestMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            author: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationRequestMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            author: string | null;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            /** @enum {string} */
                            side: "requesting" | "requested";
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCooperationRequestShareCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            /** @description Already named on the request. */
                            shared: boolean;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    replaceCooperationRequestShare: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description People outside the requesting authority who may work on it, by name. */
                    userIds: string[];
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequest"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createCooperationRequestTransition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CooperationRequestTransitionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequestTracking"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CooperationRequestTracking"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCoordinationGaps: {
        parameters: {
            query?: {
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                include?: "without-assistance" | "all";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        asOf: string;
                        /** Format: date */
                        assistanceSince: string;
                        data: components["schemas"]["StateGapsRow"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCoordinationGaps: {
        parameters: {
            query?: {
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                include?: "without-assistance" | "all";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listCoordinationOverlaps: {
        parameters: {
            query?: {
                status?: "open" | "resolved";
                stateCode?: string;
                /** @description Pairs where this entity delivers one of the two activities. */
                organisationId?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            resolve: boolean;
                        };
                        data: components["schemas"]["Overlap"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCoordinationOverlaps: {
        parameters: {
            query?: {
                status?: "open" | "resolved";
                stateCode?: string;
                /** @description Pairs where this entity delivers one of the two activities. */
                organisationId?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    resolveOverlap: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverlapResolutionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Overlap"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getCoordinationWhoDoesWhatWhere: {
        parameters: {
            query?: {
                /** @description Activities whose dates meet the period from this day (default: a year ago). */
                from?: string;
                /** @description … to this day, inclusive (default: a year from today). */
                to?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                stateCode?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            export: boolean;
                        };
                        data: components["schemas"]["CoordinationCell"][];
                        page: number;
                        pageSize: number;
                        period: {
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to: string;
                        };
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportCoordinationWhoDoesWhatWhere: {
        parameters: {
            query?: {
                /** @description Activities whose dates meet the period from this day (default: a year ago). */
                from?: string;
                /** @description … to this day, inclusive (default: a year from today). */
                to?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                stateCode?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 (or an X-code) of the State the document concerns. */
                stateCode?: string;
                /** @description public | state-restricted (the State's focal points, the organisations holding or sharing it, coordinators) | un-internal (people of UN entities) | named-people (only the people named; every read is audited) */
                confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
                /** @description Held by or shared with this organisation. */
                organisationId?: string;
                /** @description Part of the title or description. */
                q?: string;
                kind?: "treaty-text" | "national-legislation" | "case-law" | "publication" | "model-law" | "training-module" | "victims-guidance" | "internet-guidance" | "resolution-report";
                /** @description Tagged with this instrument. */
                instrumentId?: string;
                /** @description Written (main or other language) or detected in this language. */
                language?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DocumentListAbilities"];
                        data: components["schemas"]["DocumentView"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUploadInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DocumentAbilities"];
                        data: components["schemas"]["DocumentView"];
                        /** @description Records you may see that already hold the same file (same SHA-256); the upload is kept all the same. */
                        duplicates: {
                            id: string;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportDocuments: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 (or an X-code) of the State the document concerns. */
                stateCode?: string;
                /** @description public | state-restricted (the State's focal points, the organisations holding or sharing it, coordinators) | un-internal (people of UN entities) | named-people (only the people named; every read is audited) */
                confidentiality?: "public" | "state-restricted" | "un-internal" | "named-people";
                /** @description Held by or shared with this organisation. */
                organisationId?: string;
                /** @description Part of the title or description. */
                q?: string;
                kind?: "treaty-text" | "national-legislation" | "case-law" | "publication" | "model-law" | "training-module" | "victims-guidance" | "internet-guidance" | "resolution-report";
                /** @description Tagged with this instrument. */
                instrumentId?: string;
                /** @description Written (main or other language) or detected in this language. */
                language?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                format?: "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DocumentAbilities"];
                        data: components["schemas"]["DocumentView"];
                        /** @description The file's text, as extracted for search; null when none could be. */
                        extractedText: string | null;
                        /** @description The record this one translates, when the caller may see it. */
                        original: {
                            id: string;
                            language: string | null;
                            title: string;
                        } | null;
                        /** @description The records that translate this one, that the caller may see. */
                        translations: {
                            id: string;
                            language: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DocumentAbilities"];
                        data: components["schemas"]["DocumentView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["DocumentAbilities"];
                        data: components["schemas"]["DocumentView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                        /** @description The file's text, as extracted for search; null when none could be. */
                        extractedText: string | null;
                        /** @description The record this one translates, when the caller may see it. */
                        original: {
                            id: string;
                            language: string | null;
                            title: string;
                        } | null;
                        /** @description The records that translate this one, that the caller may see. */
                        translations: {
                            id: string;
                            language: string | null;
                            title: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment, in the media type decided at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDocumentOffline: {
        parameters: {
            query?: {
                /** @description The language of the page around the record. */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listDocumentProvisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            /** @description May add, change and delete provisions. */
                            create: boolean;
                        };
                        data: components["schemas"]["ProvisionView"][];
                        /** @description The checklist the requirement ids come from (empty unless the record is national legislation). */
                        requirements: components["schemas"]["ChecklistItem"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createDocumentProvision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProvisionInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProvisionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getDocumentProvision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
                /** @description The provision id (a UUID). */
                provisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProvisionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteDocumentProvision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
                /** @description The provision id (a UUID). */
                provisionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateDocumentProvision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The document id (a UUID). */
                id: string;
                /** @description The provision id (a UUID). */
                provisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisionChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProvisionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ProvisionView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSubscriptionFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Atom 1.0 feed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFundingAllocationExpenditure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpenditureCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            allocation: components["schemas"]["Allocation"];
                            allocationId: string;
                            amount: string;
                            createdAt: string;
                            date: string;
                            description: string;
                            id: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFundingBalances: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                donorOrganisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundingBalances"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFundingContributions: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
                donorOrganisationId?: string;
                kind?: "pledge" | "contribution";
                earmarkKind?: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFundingContribution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ContributionAbilities"];
                        data: components["schemas"]["Contribution"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFundingContribution: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateFundingContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionPatchInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ContributionAbilities"];
                        data: components["schemas"]["Contribution"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ContributionAbilities"];
                        data: {
                            allocations: components["schemas"]["Allocation"][];
                            amount: string;
                            amountUsd: string;
                            balance: components["schemas"]["ContributionBalance"];
                            createdAt: string;
                            currency: string;
                            date: string;
                            donorOrganisationId: string;
                            earmark: {
                                /** @enum {string} */
                                kind: "none" | "programme" | "region" | "theme" | "mandate" | "state";
                                value: string | null;
                            };
                            /** @enum {string} */
                            form: "cash" | "in-kind";
                            id: string;
                            inKindDescription: string | null;
                            /** @enum {string} */
                            kind: "pledge" | "contribution";
                            notes: string;
                            pledgeId: string | null;
                            rate: {
                                rateDate: string;
                                source: string;
                                unitsPerUsd: string;
                            };
                            recipientOrganisationId: string;
                            reference: string;
                            updatedAt: string;
                            valuationBasis: string | null;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFundingContributionAllocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            activityId: string | null;
                            amount: string;
                            balance: {
                                allocated: string;
                                asOf: string;
                                balance: string;
                                spent: string;
                            };
                            contributionBalance: components["schemas"]["ContributionBalance"];
                            contributionId: string;
                            createdAt: string;
                            currency: string;
                            date: string;
                            expenditures: components["schemas"]["Expenditure"][];
                            id: string;
                            notes: string;
                            programmeId: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFundingDonor: {
        parameters: {
            query?: {
                /** @description The day the books are read on (YYYY-MM-DD). Default: today. */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonorFunding"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFundingExchangeRates: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
                currency?: string;
                source?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeRatePage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createFundingExchangeRate: {
        parameters: {
            query?: {
                /** @description With a text/csv body: the table’s source (required). */
                source?: string;
                /** @description With a text/csv body: the file’s name (required). */
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateTableImportInput"] | string;
                "text/csv": components["schemas"]["RateTableImportInput"] | string;
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateImportSummary"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listFundingExportsContributions: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
                donorOrganisationId?: string;
                kind?: "pledge" | "contribution";
                /** @description The day of the balances (YYYY-MM-DD). Default: today. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getFundingExportsIati: {
        parameters: {
            query?: {
                donorOrganisationId?: string;
                /** @description The day the books are read on (YYYY-MM-DD). Default: today. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An IATI activity file, standard 2.03 (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dataVersion: number;
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    listImportBatches: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["ImportBatch"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getImportBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["ImportBatch"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInstruments: {
        parameters: {
            query?: {
                /** @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for. */
                category?: "universal" | "related" | "regional";
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["InstrumentListItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getInstrument: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["InstrumentView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInstrumentArticles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["TreatyArticleList"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getInstrumentArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description The article as the treaty numbers it: 11, 2bis, XIV. */
                article: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["TreatyArticle"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getInstrumentPartyCounts: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        asOf: string;
                        data: {
                            /** Format: date */
                            date: string;
                            parties: number;
                        }[];
                        instrumentId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInstrumentProvisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["InstrumentProvision"][];
                        instrumentId: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description Part of the e-mail address. */
                q?: string;
                /** @description A UUID. */
                organisationId?: string;
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["InvitationAbilities"];
                        data: components["schemas"]["InvitationListItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createInvitation: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Their name, offered as a default. */
                    displayName?: string;
                    /** @description E-mail address (case does not matter). */
                    email: string;
                    /**
                     * @description Language of the mail (default: the inviter's).
                     * @enum {string}
                     */
                    language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                    /**
                     * Format: uuid
                     * @description A UUID.
                     */
                    organisationId: string;
                    /** @description Administrators only: also make them an administrator. */
                    platformAdmin?: boolean;
                    /** @description Limit an officer to these UN regional groups (default: not limited). */
                    regions?: string[];
                    /** @enum {string} */
                    role: "entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner";
                    /** @description Limit an officer to these themes (default: not limited). */
                    themes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["InvitationAbilities"];
                        data: components["schemas"]["Invitation"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    previewInvitation: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InvitationPreview"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /**
                     * @description The page's language: a new account's first language (default: the invitation mail's).
                     * @enum {string}
                     */
                    language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        accountExists: boolean;
                        data: components["schemas"]["SessionView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createLegislationAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description For source assistance: an activity of the State with the ratification-legislation theme. */
                    activityId?: string | null;
                    /** @description Default: today. */
                    assessedOn?: string | null;
                    instrumentId: string;
                    note?: string;
                    /** @description Which of your organisations assesses; required when you have several. */
                    organisationId?: string | null;
                    /** @description The provision of a public national law about the State; required unless not-covered. */
                    provisionId?: string | null;
                    requirementId: string;
                    /**
                     * @description state: the State’s own people; assistance: from an entity’s activity (activityId); review: a UN entity’s officer or a coordinator.
                     * @enum {string}
                     */
                    source: "state" | "assistance" | "review";
                    /** @description ISO 3166-1 alpha-3 (case-insensitive), or an X-code. */
                    stateCode: string;
                    /** @enum {string} */
                    status: "covered" | "partly-covered" | "not-covered";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["IncorporationAssessment"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteLegislationAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listLegislationChecklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InstrumentChecklist"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLegislationChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instrumentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["InstrumentChecklist"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getLegislationMatrix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LegislationMatrix"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMandates: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** @description Activities you may see tagged with it (held in `year` when given). */
                            activities: number;
                            description: string;
                            id: string;
                            paragraph: number;
                            programmes: number;
                            resolution: string;
                        }[];
                        year: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMandatesResolutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["ResolutionSummary"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createMandatesResolution: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The resolution as text or HTML. */
                    content: string;
                    /**
                     * @default text
                     * @enum {string}
                     */
                    format?: "text" | "html";
                    /** @enum {string} */
                    language: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                    /** @description Where the text comes from (URL, symbol and date, file). */
                    source?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["Resolution"];
                        /** @enum {string} */
                        outcome: "created" | "language-added" | "text-replaced" | "unchanged";
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["Resolution"];
                        /** @enum {string} */
                        outcome: "created" | "language-added" | "text-replaced" | "unchanged";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMandatesResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["Resolution"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateMandatesResolutionParagraph: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                paragraphId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressees?: ("member-states" | "secretary-general" | "unodc" | "un-entities" | "specialized-agencies" | "intergovernmental-bodies" | "regional-organisations" | "international-organisations" | "donors" | "civil-society")[];
                    asks?: string;
                    cites?: string[];
                    note?: string;
                    number?: number;
                    reporting?: components["schemas"]["ReportingRequestInput"] | null;
                    verb?: string | null;
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["Resolution"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["ResolutionAbilities"];
                        data: components["schemas"]["Resolution"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMandatesVocabularies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MandateVocabulary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMatrix: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                /** @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for. */
                category?: "universal" | "related" | "regional";
                /** @description Download instead: see /matrix/export. */
                format?: "csv" | "xlsx" | "json";
                /** @description Language of names in exported files. */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["Matrix"];
                    };
                };
            };
            /** @description Redirect to /matrix/export */
            307: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportMatrix: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                /** @description universal: the 19; related: UNTOC, UNCAC; regional: regional conventions, listed only when asked for. */
                category?: "universal" | "related" | "regional";
                format?: "csv" | "xlsx" | "json";
                /** @description Language of names in exported files. */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Matrix"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["AccountView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @description In order of preference. */
                    languages?: ("ar" | "zh" | "en" | "fr" | "ru" | "es")[];
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["AccountView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["AccountView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                /** @description Language of the titles (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                /** @description true: only the unread ones (the count of unread is given either way). */
                unread?: "true" | "false";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Notification"][];
                        page: number;
                        pageSize: number;
                        total: number;
                        /** @description Unread notifications in all pages. */
                        unread: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    markMyNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Either ids (your notifications to mark as read) or all: true. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {boolean} */
                    all?: true;
                    ids?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            unread: number;
                            updated: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["OwnSession"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMySubscriptions: {
        parameters: {
            query?: {
                /** @description Language of the titles (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createMySubscription: {
        parameters: {
            query?: {
                /** @description Language of the titles (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Also by e-mail, in your first language.
                     * @default false
                     */
                    email?: boolean;
                    /** @enum {string} */
                    kind: "state" | "theme" | "entity" | "cooperation-requests-sent" | "cooperation-requests-received";
                    /** @description A State code (AFG) for state and cooperation-requests-received, a theme id (victims), an organisation id for entity, a State authority’s for cooperation-requests-sent (the requests for MLA and extradition it sends). */
                    value: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createdAt: string;
                            email: boolean;
                            /** @description The Atom feed of this subscription. Its secret is shown only now: keep it like a password. */
                            feedUrl: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "state" | "theme" | "entity" | "cooperation-requests-sent" | "cooperation-requests-received";
                            /** @description What is followed, in the language asked for. */
                            label: string;
                            /** @description The State’s or organisation’s names; null for a theme. */
                            names: components["schemas"]["LocalizedText"] | null;
                            /** @description A State code (state, cooperation-requests-received), a theme id, or an organisation id (entity, cooperation-requests-sent). */
                            value: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deleteMySubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateMySubscription: {
        parameters: {
            query?: {
                /** @description Language of the titles (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Also by e-mail, in your first language. */
                    email: boolean;
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Subscription"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listMyTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiresInDays: number;
                    name: string;
                    scopes: ("treaty-status:read" | "treaty-status:export" | "import-batch:read" | "import-batch:create" | "organisation:read" | "document:read" | "document:create" | "audit-log:read" | "audit-log:export" | "assistance-request:read" | "activity:read" | "programme:read" | "strategy:read" | "need:read" | "coordination:read" | "notification:read" | "legal-basis:read" | "legislation:read" | "library:search" | "authority:read" | "funding:read" | "mandate:read")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["SessionAbilities"];
                        data: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            /** @description The first characters of the token, to tell tokens apart. */
                            prefix: string;
                            revokedAt: string | null;
                            scopes: ("treaty-status:read" | "treaty-status:export" | "import-batch:read" | "import-batch:create" | "organisation:read" | "document:read" | "document:create" | "audit-log:read" | "audit-log:export" | "assistance-request:read" | "activity:read" | "programme:read" | "strategy:read" | "need:read" | "coordination:read" | "notification:read" | "legal-basis:read" | "legislation:read" | "library:search" | "authority:read" | "funding:read" | "mandate:read")[];
                            token: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    revokeMyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listNeeds: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 of the State assessed. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Held by this organisation. */
                organisationId?: string;
                /** @description Part of the description or of the source title. */
                q?: string;
                status?: "open" | "met" | "no-longer-relevant";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            /** @description May record a need. */
                            create: boolean;
                        };
                        data: components["schemas"]["Need"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createNeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewNeedInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["NeedAbilities"];
                        data: components["schemas"]["Need"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportNeeds: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 of the State assessed. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Held by this organisation. */
                organisationId?: string;
                /** @description Part of the description or of the source title. */
                q?: string;
                status?: "open" | "met" | "no-longer-relevant";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listUncoveredNeeds: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 of the State assessed. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Held by this organisation. */
                organisationId?: string;
                /** @description Part of the description or of the source title. */
                q?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            /** @description May record a need. */
                            create: boolean;
                        };
                        data: components["schemas"]["Need"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportUncoveredNeeds: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-3 of the State assessed. */
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                /** @description Held by this organisation. */
                organisationId?: string;
                /** @description Part of the description or of the source title. */
                q?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["NeedAbilities"];
                        data: {
                            /** Format: date */
                            assessedOn: string;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            instrumentIds: string[];
                            matches: components["schemas"]["NeedMatches"];
                            ownerOrganisationId: string;
                            ownerOrganisationName: string;
                            sourceDocumentId: string | null;
                            sourceOrganisationId: string | null;
                            sourceOrganisationName: string | null;
                            sourceTitle: string;
                            stateCode: string;
                            /** @enum {string} */
                            status: "open" | "met" | "no-longer-relevant";
                            themes: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeedChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["NeedAbilities"];
                        data: components["schemas"]["Need"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["NeedAbilities"];
                        data: {
                            /** Format: date */
                            assessedOn: string;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: string;
                            instrumentIds: string[];
                            matches: components["schemas"]["NeedMatches"];
                            ownerOrganisationId: string;
                            ownerOrganisationName: string;
                            sourceDocumentId: string | null;
                            sourceOrganisationId: string | null;
                            sourceOrganisationName: string | null;
                            sourceTitle: string;
                            stateCode: string;
                            /** @enum {string} */
                            status: "open" | "met" | "no-longer-relevant";
                            themes: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description Part of a name (any language) or acronym. */
                q?: string;
                kind?: "state-authority" | "un-entity" | "regional-organisation" | "donor" | "civil-society";
                stateCode?: string;
                /** @description Administrators only: include archived organisations. */
                includeArchived?: "true" | "false";
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["OrganisationAbilities"];
                        data: components["schemas"]["Organisation"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createOrganisation: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acronym?: string | null;
                    /** @enum {string} */
                    kind: "state-authority" | "un-entity" | "regional-organisation" | "donor" | "civil-society";
                    names: {
                        ar?: string;
                        en?: string;
                        es?: string;
                        fr?: string;
                        ru?: string;
                        zh?: string;
                    };
                    stateCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["OrganisationAbilities"];
                        data: components["schemas"]["Organisation"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["OrganisationAbilities"];
                        data: components["schemas"]["Organisation"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateOrganisation: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acronym?: string | null;
                    archived?: boolean;
                    names?: {
                        ar?: string;
                        en?: string;
                        es?: string;
                        fr?: string;
                        ru?: string;
                        zh?: string;
                    };
                    stateCode?: string | null;
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["OrganisationAbilities"];
                        data: components["schemas"]["Organisation"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["OrganisationAbilities"];
                        data: components["schemas"]["Organisation"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listParticipants: {
        parameters: {
            query?: {
                /** @description UN regional group, e.g. "African States". */
                regionalGroup?: string;
                kind?: "member" | "observer" | "non_member" | "organization";
                /** @description Code, or part of a name in any UN language. */
                q?: string;
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["ParticipantListItem"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParticipant: {
        parameters: {
            query?: {
                /** @description Status as of this date (YYYY-MM-DD, not in the future). Default: today. */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 (case-insensitive), or an X-code such as XEU. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["TreatyAbilities"];
                        data: components["schemas"]["ParticipantProfile"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getParticipantGaps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ParticipantGaps"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                /** @description Part of the name or e-mail address. */
                q?: string;
                /** @description A UUID. */
                organisationId?: string;
                role?: "entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner";
                /** @description People of this State’s authorities. */
                stateCode?: string;
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["PersonAbilities"];
                        data: components["schemas"]["Person"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["PersonAbilities"];
                        data: components["schemas"]["Person"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disabled?: boolean;
                    platformAdmin?: boolean;
                    /** @enum {boolean} */
                    resetSecondFactor?: true;
                    /** @description The version you read (the number in the GET’s ETag "v3"), when you cannot send If-Match. */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["PersonAbilities"];
                        data: components["schemas"]["Person"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["PersonAbilities"];
                        data: components["schemas"]["Person"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createPersonMembership: {
        parameters: {
            query?: {
                /** @description Language of names (default English). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description A UUID.
                     */
                    organisationId: string;
                    /** @description Limit an officer to these UN regional groups (default: not limited). */
                    regions?: string[];
                    /** @enum {string} */
                    role: "entity-officer" | "coordinator" | "focal-point" | "donor-representative" | "central-authority-practitioner";
                    /** @description Limit an officer to these themes (default: not limited). */
                    themes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: components["schemas"]["PersonAbilities"];
                        data: components["schemas"]["Person"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    deletePersonMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A UUID. */
                id: string;
                /** @description A UUID. */
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                kind?: "regional" | "thematic";
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                mandate?: "68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15";
                organisationId?: string;
                year?: number;
                q?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            create: boolean;
                        };
                        data: components["schemas"]["Programme"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewProgrammeInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: components["schemas"]["Programme"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportProgrammes: {
        parameters: {
            query?: {
                kind?: "regional" | "thematic";
                stateCode?: string;
                theme?: "ratification-legislation" | "international-cooperation" | "criminal-justice-capacity" | "strategies" | "victims" | "internet-use" | "terrorist-financing" | "cbrn" | "aviation-maritime-security" | "organized-crime-links" | "human-rights-rule-of-law";
                mandate?: "68/187/OP1" | "68/187/OP2" | "68/187/OP3" | "68/187/OP4" | "68/187/OP5" | "68/187/OP6" | "68/187/OP7" | "68/187/OP8" | "68/187/OP9" | "68/187/OP10" | "68/187/OP11" | "68/187/OP12" | "68/187/OP13" | "68/187/OP14" | "68/187/OP15";
                organisationId?: string;
                year?: number;
                q?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: {
                            /** @description The activities under it that you may see (first 200). */
                            activities: components["schemas"]["Activity"][];
                            activityCount: number;
                            code: string;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            id: string;
                            kind: string;
                            mandates: string[];
                            name: string;
                            names: components["schemas"]["LocalizedText"];
                            objectives: components["schemas"]["ProgrammeObjective"][];
                            organisationId: string;
                            organisationName: string;
                            partnerOrganisationIds: string[];
                            regions: string[];
                            startDate: string | null;
                            stateCodes: string[];
                            themes: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: components["schemas"]["Programme"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: {
                            /** @description The activities under it that you may see (first 200). */
                            activities: components["schemas"]["Activity"][];
                            activityCount: number;
                            code: string;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            id: string;
                            kind: string;
                            mandates: string[];
                            name: string;
                            names: components["schemas"]["LocalizedText"];
                            objectives: components["schemas"]["ProgrammeObjective"][];
                            organisationId: string;
                            organisationName: string;
                            partnerOrganisationIds: string[];
                            regions: string[];
                            startDate: string | null;
                            stateCodes: string[];
                            themes: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportSummary"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCreateInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    narrative?: {
                        [key: string]: string;
                    };
                    title?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listReportFigureRecords: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                figureId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FigureRecords"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createReportRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ReportView"];
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReportReportDocx: {
        parameters: {
            query?: {
                /** @description The labels' language (default: the report's). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getReportReportXlsx: {
        parameters: {
            query?: {
                /** @description The labels' language (default: the report's). */
                lang?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listResults: {
        parameters: {
            query?: {
                kind?: "ratification-deposited" | "legislation-adopted" | "strategy-adopted" | "officials-trained" | "tool-published" | "other";
                stateCode?: string;
                from?: string;
                to?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AssistanceResult"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportResults: {
        parameters: {
            query?: {
                kind?: "ratification-deposited" | "legislation-adopted" | "strategy-adopted" | "officials-trained" | "tool-published" | "other";
                stateCode?: string;
                from?: string;
                to?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getResultsSummary: {
        parameters: {
            query?: {
                stateCode?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RatificationsFollowingAssistance"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSearch: {
        parameters: {
            query: {
                /** @description The words sought, in any of the six languages (1–200 characters). */
                q: string;
                /** @description States (ISO 3166-1 alpha-3). Several values separated by commas: any of them. */
                state?: string;
                /** @description Instrument ids (financing1999). Several values separated by commas: any of them. */
                instrument?: string;
                /** @description Requirement ids of the checklists (financing1999:offences). Several values separated by commas: any of them. */
                requirement?: string;
                /** @description Kinds of record. Several values separated by commas: any of them. */
                kind?: string;
                /** @description Languages of the records (ISO 639-1). Several values separated by commas: any of them. */
                language?: string;
                /** @description Years of the records. Several values separated by commas: any of them. */
                year?: string;
                /** @description Themes. Several values separated by commas: any of them. */
                theme?: string;
                /** @description Mandates of resolution 68/187 (68/187/OP1). Several values separated by commas: any of them. */
                mandate?: string;
                /** @description The reader's language, to segment the query (optional). */
                lang?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getSetup: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            usable: boolean;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** @description E-mail address (case does not matter). */
                    email: string;
                    /**
                     * @description The page's language: the invitation's and the account's.
                     * @enum {string}
                     */
                    language?: "ar" | "zh" | "en" | "fr" | "ru" | "es";
                    token: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            expiresAt: string;
                            invitationToken: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStateLegislation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ISO 3166-1 alpha-3 (case-insensitive), or an X-code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StateLegislation"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    listStrategies: {
        parameters: {
            query?: {
                scope?: "national" | "regional";
                stage?: "drafting" | "adopted" | "under-review";
                stateCode?: string;
                q?: string;
                /** @description 1-based page number. */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            create: boolean;
                        };
                        data: components["schemas"]["Strategy"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    createStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewStrategyInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: components["schemas"]["Strategy"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    exportStrategies: {
        parameters: {
            query?: {
                scope?: "national" | "regional";
                stage?: "drafting" | "adopted" | "under-review";
                stateCode?: string;
                q?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: {
                            adoptedOn: string | null;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            documentId: string | null;
                            id: string;
                            notes: string;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string;
                            region: string | null;
                            scope: string;
                            stage: string;
                            stageChangedOn: string | null;
                            stateCodes: string[];
                            /** @description Activities supporting it that you may see (first 200). */
                            support: components["schemas"]["Activity"][];
                            supportCount: number;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    updateStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StrategyChangesInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: components["schemas"]["Strategy"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abilities: {
                            update: boolean;
                        };
                        data: {
                            adoptedOn: string | null;
                            /** @enum {string} */
                            confidentiality: "public" | "state-restricted" | "un-internal" | "named-people";
                            /** Format: date-time */
                            createdAt: string;
                            documentId: string | null;
                            id: string;
                            notes: string;
                            ownerOrganisationId: string;
                            ownerOrganisationName: string;
                            region: string | null;
                            scope: string;
                            stage: string;
                            stageChangedOn: string | null;
                            stateCodes: string[];
                            /** @description Activities supporting it that you may see (first 200). */
                            support: components["schemas"]["Activity"][];
                            supportCount: number;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Bumped by every change; the GET’s ETag is "v" and this number. */
                            version: number;
                        };
                        error: {
                            /** @description NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED, CONFLICT, INVALID_TRANSITION, RATE_LIMITED, PRECONDITION_FAILED, PRECONDITION_REQUIRED, or INTERNAL for 5xx. */
                            code: string;
                            issues: {
                                code?: string;
                                message: string;
                                /** @description The bounds of the rule broken: minimum, maximum, origin (string, number, array), format. */
                                params?: {
                                    [key: string]: string | number;
                                };
                                path: (string | number)[];
                            }[];
                            message: string;
                            params: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Default Response */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Default Response */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
