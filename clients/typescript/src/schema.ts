export interface paths {
    "/api/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API index
         * @description Name, version and where the documentation is. Needs no token.
         */
        get: operations["getApiIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Newest first, filtered, a page at a time: pass `next_cursor` as `cursor` for the next page. Actions:
         *
         *     - `user.registered`: An account signed itself up (POST /auth/register).
         *     - `user.login`: A sign-in succeeded and started a session.
         *     - `user.login_failed`: A sign-in was refused; `details.reason` is the answer code (INVALID_CREDENTIALS, ACCOUNT_DISABLED).
         *     - `user.logout`: A session was ended by its own user (POST /auth/logout).
         *     - `user.logout_all`: A user ended all their sessions (POST /auth/logout-all).
         *     - `session.refreshed`: A refresh token was exchanged for a new pair.
         *     - `session.reuse_detected`: A refresh token that was already exchanged was presented again; its session was ended.
         *     - `session.revoked`: A user ended one of their sessions (DELETE /auth/sessions/{id}).
         *     - `user.password_changed`: A user changed their own password; their other sessions ended.
         *     - `user.password_reset_requested`: A password-reset link was asked for (target set only when an active account has that email).
         *     - `user.password_reset`: A password was set with an emailed reset link; every session ended.
         *     - `user.email_changed`: A user changed their own email (PATCH /auth/me).
         *     - `user.updated`: Account fields changed (`details.fields`): by an admin, or a user changing their own username.
         *     - `user.email_verification_sent`: A verification link was mailed (sign-up, email change, or POST /auth/resend-verification).
         *     - `user.email_verified`: An emailed verification link was used; the address counts as verified.
         *     - `user.created`: An admin, the create-admin command, SCIM provisioning (`details.provisioned`) or a first single sign-on (`details.provider`) created an account.
         *     - `user.deleted`: An admin (or SCIM) deleted an account, with its sessions, tokens and files.
         *     - `user.activated`: An admin (or SCIM) reactivated an account.
         *     - `user.deactivated`: An admin (or SCIM) deactivated an account; its sessions ended.
         *     - `user.promoted`: An account was made an administrator.
         *     - `user.demoted`: An account stopped being an administrator.
         *     - `user.sso_login`: A sign-in through an OpenID provider started a session (POST /auth/sso/exchange); `details.provider`.
         *     - `user.sso_login_failed`: A sign-in through an OpenID provider was refused; `details.reason` is the error code, `details.provider` the provider.
         *     - `user.identity_linked`: An account at an OpenID provider was linked to a user (`details.provider`, `details.identity_id`).
         *     - `user.identity_unlinked`: An admin unlinked an OpenID provider account from a user (`details.provider`, `details.identity_id`).
         *     - `token.created`: A personal access token was created (its value is never recorded).
         *     - `token.revoked`: A personal access token was revoked.
         *     - `mfa.enrolled`: A user started setting up TOTP (POST /auth/mfa/totp/enroll).
         *     - `mfa.activated`: A user turned TOTP on with a first code; recovery codes were issued.
         *     - `mfa.disabled`: A user turned TOTP off with their password and a code.
         *     - `mfa.reset`: An admin removed a user's second factor (DELETE /users/{id}/mfa).
         *     - `mfa.verify_failed`: A wrong code at POST /auth/mfa/verify; `details.attempts`, and `details.token_ended` once the mfa_token is spent.
         *     - `file.uploaded`: A file was uploaded.
         *     - `file.deleted`: A file was deleted.
         *     - `audit.purged`: The retention purge deleted events older than AUDIT_RETENTION_DAYS.
         *
         *     Personal access tokens need the `audit:read` scope.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export audit events as NDJSON
         * @description Every event matching the filters, newest first, one JSON object per line (`application/x-ndjson`), streamed: memory stays flat for any number of events.
         *
         *     Personal access tokens need the `audit:read` scope.
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description HTTP request counts and latency histograms by route template and status, plus process metrics, in the Prometheus text format. With `METRICS_TOKEN` set, send it as a bearer token; without it the route is open outside production and absent (404) in production unless `METRICS_PUBLIC=true`.
         */
        get: operations["getMetrics"];
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
        /**
         * Liveness
         * @description Answers 200 while the process serves HTTP; checks no dependency.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description Answers 200 when the database and the file storage respond, else 503 NOT_READY with `checks` naming what is down. The storage must be the one this database belongs to (its `.reviewpoint-storage` marker: `marker missing` / `marker mismatch`) and, on local disk, have at least STORAGE_MIN_FREE_BYTES free (`low free space`). Redis, when configured, is optional: only the sign-in rate limits use it and answer 503 RATE_LIMITER_UNAVAILABLE without it, so a Redis outage is reported as `status: "degraded"` with a 200 rather than taking every instance out of the load balancer. During a graceful shutdown: 503 SHUTTING_DOWN.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Filter, sort and page. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (1,000 with `q`; see `total_exact`); `count=true` counts them all.
         *
         *     Personal access tokens need the `users:read` scope.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Same rules as registration; may create admins and inactive users.
         *
         *     Personal access tokens need the `users:write` scope.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users as CSV
         * @description Every user matching the filters, streamed as `text/csv` with the header `id,username,email,is_active,is_admin,created_at`. Cells that a spreadsheet would run as a formula are prefixed with `'`.
         *
         *     Personal access tokens need the `users:read` scope.
         */
        get: operations["exportUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Personal access tokens need the `users:read` scope.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Removes the user with their sessions, tokens and files. The last active admin cannot be deleted.
         *
         *     Personal access tokens need the `users:write` scope.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Deactivating a user or setting their password ends their sessions. The last active admin cannot be deactivated or demoted.
         *
         *     Personal access tokens need the `users:write` scope.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account and sign in
         * @description Starts a session: answers an access token, a refresh token and the new user.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description JSON `{username, password}` or `{email, password}`, or the OAuth2 password form (`username` may hold the email), which is what Swagger UI’s Authorize button sends.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish signing in with a second factor
         * @description The second step of a sign-in when `POST /auth/login` answered `mfa_required`: the `mfa_token` with the code the authenticator app shows (or one of the recovery codes). A code works once; five wrong codes end the `mfa_token` (sign in again). Rate-limited per account and per client address.
         */
        post: operations["verifyMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens
         * @description Rotation: the presented refresh token stops working and a new access/refresh pair is issued. Presenting a refresh token that was already exchanged ends the whole session (`TOKEN_REUSED`).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session
         * @description Its access token is refused from the next request on and its refresh token is dead. Needs a signed-in session (not a personal access token).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Personal access tokens need the `profile:read` scope.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your username or email
         * @description Only `username` and `email` are accepted. Needs a signed-in session: the email receives password-reset links, so a personal access token cannot change it.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current password and a signed-in session (not a personal access token). Every other session of yours ends; this one continues. Personal access tokens keep working.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your active sessions
         * @description One entry per signed-in device or client; `current` marks the one making this request. Ordered by `last_used_at` (newest first) unless `sort`/`order` say otherwise. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (`total_exact`); `count=true` counts them all.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
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
         * End one of your sessions
         * @description Its access tokens are refused from the next request on and its refresh token is dead. Ending the current session is the same as logging out.
         */
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End all your sessions
         * @description Every session of yours ends, this one included. Personal access tokens are not affected (manage them under /tokens).
         */
        post: operations["logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/request-password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password-reset link
         * @description Always answers 202 with the same body, at once, whether or not an active account has that email; the link (`PASSWORD_RESET_URL?token=…`, valid `PASSWORD_RESET_TTL_SECONDS`, single-use) is emailed afterwards. A newer request invalidates older links. Rate-limited per client address and per email.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset token
         * @description Takes the `token` from the emailed link. The password rules apply (422 on `new_password`, and the token stays usable). On success every session of the user ends. Rate-limited per client address.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your personal access tokens
         * @description Every token of yours that is not revoked (expired ones too, until purged), never with its value. Newest first unless `sort`/`order` say otherwise. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (`total_exact`); `count=true` counts them all.
         */
        get: operations["listPersonalTokens"];
        put?: never;
        /**
         * Create a personal access token
         * @description Answers the token value (`rvp_…`) this once; only its hash is stored. It authenticates as you, as `Authorization: Bearer <token>` or `X-API-Key: <token>`, until you revoke it, it expires, or your account is deactivated or deleted. It cannot create tokens, change your password or email, or manage sessions. With `scopes` it can call only the routes that declare one of them (each route’s description and `x-required-scope` name its scope; others answer 403 `INSUFFICIENT_SCOPE`); without, it has your full access. Needs a signed-in session.
         */
        post: operations["createPersonalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
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
         * Revoke a personal access token
         * @description It is refused from the next request on. A token may revoke itself (e.g. when a script rotates its token).
         */
        delete: operations["revokePersonalToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify your email address
         * @description Takes the `token` of the emailed link (`EMAIL_VERIFICATION_URL?token=…`, valid `EMAIL_VERIFICATION_TTL_SECONDS`, single use). It verifies the address it was sent to, and only while the account still has that address. Rate-limited per client address.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new verification link
         * @description For the signed-in account (no body). Always answers 202 with the same body; a link is mailed only when the address is not verified yet. Rate-limited per account and per client address.
         */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/totp/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app
         * @description Answers a new TOTP secret (SHA-1, 6 digits, 30 s), its `otpauth://` URI and that URI as a QR code (SVG). Nothing changes at sign-in until `POST /auth/mfa/totp/activate` confirms a first code; enrolling again replaces an unconfirmed secret.
         */
        post: operations["enrollTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/totp/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn on two-factor authentication
         * @description Confirms the enrolled secret with a code from the app. From now on signing in asks for a code. Answers 10 recovery codes, shown this once.
         */
        post: operations["activateTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn off two-factor authentication
         * @description Needs your password and a current code, or one of your recovery codes instead of the code. The secret and all recovery codes are deleted.
         */
        post: operations["disableTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/mfa": {
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
         * Remove a user's second factor
         * @description For a user who lost their authenticator and their recovery codes: their TOTP secret, recovery codes and pending sign-ins are deleted, and they sign in with their password alone until they set it up again. Recorded in the audit log (`mfa.reset`). Answers 204 also when the user had none.
         *
         *     Personal access tokens need the `users:write` scope.
         */
        delete: operations["resetUserMfa"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the single sign-on providers
         * @description The OpenID providers configured in OIDC_PROVIDERS, for sign-in buttons.
         */
        get: operations["listSsoProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{provider}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start a single sign-on
         * @description Open this in the browser (a navigation, not a fetch): it redirects to the provider (authorization code flow with PKCE S256, `state` and `nonce` kept server-side for 10 minutes) and sets a cookie that binds the sign-in to this browser.
         */
        get: operations["startSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Finish a single sign-on (the provider redirects here)
         * @description Register `<SSO_PUBLIC_URL>/api/v1/auth/sso/{provider}/callback` at the provider. Redirects to the client's redirect_uri with `code` (exchange it at `POST /auth/sso/exchange`), or with `error`: `SSO_PROVIDER_ERROR`, `SSO_PROVIDER_UNAVAILABLE`, `SSO_TOKEN_INVALID`, `SSO_EMAIL_MISSING`, `SSO_EMAIL_NOT_VERIFIED`, `SSO_DOMAIN_NOT_ALLOWED`, `ACCOUNT_DISABLED`. Before the sign-in is recognised (unknown, expired, replayed or foreign state) the answer is a 400 instead.
         */
        get: operations["finishSso"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a single sign-on code for tokens
         * @description The client’s last step: the one-time `code` from its redirect_uri (60 seconds, once) for the same token body as login, with a new session.
         */
        post: operations["exchangeSsoCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a user’s single sign-on identities
         * @description The provider accounts linked to the user, oldest first.
         *
         *     Personal access tokens need the `users:read` scope.
         */
        get: operations["listUserIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/identities/{identity_id}": {
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
         * Unlink a single sign-on identity
         * @description That provider account no longer signs in as this user; its next sign-in links again only through a verified email, or creates a new account.
         *
         *     Personal access tokens need the `users:write` scope.
         */
        delete: operations["unlinkUserIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description Your files; administrators see everyone’s and may filter by `owner_id`. Pages by `cursor` (the previous page’s `next_cursor`) or by `offset` (at most 10,000). `total` is exact up to 10,000 matches (1,000 with `q`; see `total_exact`); `count=true` counts them all.
         *
         *     Personal access tokens need the `files:read` scope.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Upload a file
         * @description multipart/form-data with exactly one part named `file`. The bytes are streamed to storage while counted and hashed; the type is detected from the content and must be in ALLOWED_FILE_TYPES (a declared type or extension that contradicts the content is refused). Up to MAX_UPLOAD_BYTES. There is no total time limit, but a body that stops arriving for UPLOAD_IDLE_TIMEOUT_SECONDS is cut (408), and each user may have MAX_CONCURRENT_UPLOADS_PER_USER uploads in progress (429).
         *
         *     Personal access tokens need the `files:write` scope.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export files as CSV
         * @description The files `GET /files` would list (same filters), streamed as `text/csv` with the header `id,owner_id,filename,content_type,size,sha256,uploaded_at`.
         *
         *     Personal access tokens need the `files:read` scope.
         */
        get: operations["exportFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file’s metadata
         * @description Personal access tokens need the `files:read` scope.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description Removes the row and the bytes. Owners and administrators only.
         *
         *     Personal access tokens need the `files:write` scope.
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file
         * @description The bytes with the stored Content-Type, Content-Disposition: attachment, ETag (the SHA-256) and Last-Modified. One `Range: bytes=…` gives 206; a matching `If-None-Match` gives 304.
         *
         *     Personal access tokens need the `files:read` scope.
         */
        get: operations["downloadFileContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApiIndexDto: {
            /** @example ReViewPoint Core API */
            name: string;
            /** @example 0.1.0 */
            version: string;
            /** @example /docs */
            docs: string;
        };
        FieldErrorDto: {
            /**
             * @description The offending field, dotted for nested ones.
             * @example email
             */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        ProblemDetailsDto: {
            /** @example urn:reviewpoint:problem:validation-failed */
            type: string;
            /**
             * @description The HTTP status phrase.
             * @example Unprocessable Entity
             */
            title: string;
            /**
             * @description The HTTP status code.
             * @example 422
             */
            status: number;
            /** @example The request has invalid or unknown fields. */
            detail: string;
            /**
             * @description Stable machine-readable identifier; branch on this, not on `detail`. Each error response lists the codes its route can answer with.
             * @example VALIDATION_FAILED
             */
            code: string;
            /**
             * @description Also in the `X-Request-Id` header and in the server logs.
             * @example 6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60
             */
            request_id: string;
            /** @description Present on validation failures. */
            errors?: components["schemas"]["FieldErrorDto"][];
        };
        /** @enum {string} */
        AuditAction: "user.registered" | "user.login" | "user.login_failed" | "user.logout" | "user.logout_all" | "session.refreshed" | "session.reuse_detected" | "session.revoked" | "user.password_changed" | "user.password_reset_requested" | "user.password_reset" | "user.email_changed" | "user.updated" | "user.email_verification_sent" | "user.email_verified" | "user.created" | "user.deleted" | "user.activated" | "user.deactivated" | "user.promoted" | "user.demoted" | "user.sso_login" | "user.sso_login_failed" | "user.identity_linked" | "user.identity_unlinked" | "token.created" | "token.revoked" | "mfa.enrolled" | "mfa.activated" | "mfa.disabled" | "mfa.reset" | "mfa.verify_failed" | "file.uploaded" | "file.deleted" | "audit.purged";
        AuditEventResponseDto: {
            /**
             * Format: uuid
             * @example 0b8f6a52-2a8e-4b1f-9a57-3f0f3c1d2e4a
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-12-01T10:00:00.000Z
             */
            occurred_at: string;
            /** @example user.login_failed */
            action: components["schemas"]["AuditAction"];
            /**
             * @example failure
             * @enum {string}
             */
            outcome: "success" | "failure";
            /**
             * Format: uuid
             * @description The user who acted (for `token`, the token’s owner); null for `system` and `anonymous`.
             * @example null
             */
            actor_id: string | null;
            /**
             * @example anonymous
             * @enum {string}
             */
            actor_type: "user" | "token" | "scim" | "system" | "anonymous";
            /**
             * @example user
             * @enum {string|null}
             */
            target_type: "user" | "session" | "token" | "file" | "audit_log" | null;
            /**
             * Format: uuid
             * @example 3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60
             */
            target_id: string | null;
            /** @example 203.0.113.7 */
            ip: string | null;
            /** @example curl/8.5.0 */
            user_agent: string | null;
            /** @example 6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60 */
            request_id: string | null;
            /**
             * @description Facts about the event (reason codes, changed field names, session or token ids, file names). Never a password, token value or hash.
             * @example {
             *       "reason": "INVALID_CREDENTIALS"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
        };
        AuditEventsPageDto: {
            items: components["schemas"]["AuditEventResponseDto"][];
            /**
             * @description Pass as `cursor` for the next (older) page; null on the last page.
             * @example null
             */
            next_cursor: string | null;
        };
        LivenessDto: {
            /**
             * @example ok
             * @enum {string}
             */
            status: "ok";
        };
        DependencyStatusDto: {
            /**
             * @description `down` makes the instance not ready (503); `degraded` (Redis only) keeps it ready: only the routes that need the dependency fail.
             * @example up
             * @enum {string}
             */
            status: "up" | "down" | "degraded";
            /**
             * @description Why the dependency is not up, e.g. `timeout of 1500ms exceeded`, `not usable`, `marker missing`, `marker mismatch`, `low free space: … bytes free`.
             * @example marker missing
             */
            message?: string;
        };
        ReadinessDto: {
            /**
             * @description `ok`: everything answers. `degraded`: the instance serves requests, but an optional dependency (Redis) is down, so the sign-in rate-limited routes answer 503 RATE_LIMITER_UNAVAILABLE until it is back.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "degraded";
            /**
             * @description One entry per dependency checked: database, storage and, when configured, redis.
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "storage": {
             *         "status": "up"
             *       }
             *     }
             */
            checks: {
                [key: string]: components["schemas"]["DependencyStatusDto"];
            };
        };
        CreateUserDto: {
            /**
             * @description 3–32 letters, digits, `.`, `_` or `-`; unique ignoring case. Surrounding spaces are ignored.
             * @example ada.lovelace
             */
            username: string;
            /**
             * Format: email
             * @description Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.
             * @example ada@example.org
             */
            email: string;
            /**
             * Format: password
             * @description 8–128 characters, any Unicode; not a common password and not the username or email.
             * @example correct horse battery staple
             */
            password: string;
            /** @default false */
            is_admin: boolean;
            /** @default true */
            is_active: boolean;
        };
        UserResponseDto: {
            /**
             * Format: uuid
             * @example 3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60
             */
            id: string;
            /**
             * @description As registered; unique ignoring case.
             * @example ada.lovelace
             */
            username: string;
            /**
             * @description Trimmed and lower-cased.
             * @example ada@example.org
             */
            email: string;
            /** @example true */
            is_active: boolean;
            /** @example false */
            is_admin: boolean;
            /**
             * @description The owner opened a verification link sent to this address. Changing the email clears it.
             * @example true
             */
            email_verified: boolean;
            /**
             * @description A second factor (TOTP) is active: signing in asks for a code.
             * @example false
             */
            mfa_enabled: boolean;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            updated_at: string;
        };
        UsersPageDto: {
            /**
             * @description Number of all matches, not only those on this page: exact when `total_exact` is true; otherwise the count stopped at 10000 (1000 with `q`) and there are at least that many (ask `count=true` for the exact number).
             * @example 1
             */
            total: number;
            /**
             * @description False when `total` is a lower bound (more than 10000 matches, 1000 with `q`, and no `count=true`).
             * @example true
             */
            total_exact: boolean;
            /** @example 0 */
            offset: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Pass as `cursor` (with the same filters, `sort` and `order`) for the next page; null on the last page.
             * @example WzEsWyIyMDI2LTExLTI3VDEwOjAwOjAwLjAwMFoiLCI3ZDFmMGIyYS0zYzRlLTRmNWEtOGI2Yy05ZDBlMWYyYTNiNGMiXSwiUXpXVjhmX2tMTTlzIl0
             */
            next_cursor: string | null;
            items: components["schemas"]["UserResponseDto"][];
        };
        UpdateUserDto: {
            /**
             * @description 3–32 letters, digits, `.`, `_` or `-`; unique ignoring case. Surrounding spaces are ignored.
             * @example ada.lovelace
             */
            username?: string;
            /**
             * Format: email
             * @description Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.
             * @example ada@example.org
             */
            email?: string;
            /**
             * Format: password
             * @description Sets a new password and ends all of the user’s sessions.
             * @example correct horse battery staple
             */
            password?: string;
            /** @description Deactivating ends all of the user’s sessions. */
            is_active?: boolean;
            is_admin?: boolean;
        };
        RegisterDto: {
            /**
             * @description 3–32 letters, digits, `.`, `_` or `-`; unique ignoring case. Surrounding spaces are ignored.
             * @example ada.lovelace
             */
            username: string;
            /**
             * Format: email
             * @description Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.
             * @example ada@example.org
             */
            email: string;
            /**
             * Format: password
             * @description 8–128 characters, any Unicode; not a common password and not the username or email.
             * @example correct horse battery staple
             */
            password: string;
        };
        AuthTokensDto: {
            /**
             * @description Short-lived JWT for `Authorization: Bearer …`.
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…
             */
            access_token: string;
            /**
             * @description Opaque; exchange it at `/auth/refresh-token`. Each one works once.
             * @example k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k
             */
            refresh_token: string;
            /**
             * @example bearer
             * @enum {string}
             */
            token_type: "bearer";
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expires_in: number;
            user: components["schemas"]["UserResponseDto"];
        };
        MfaRequiredDto: {
            /**
             * @example true
             * @enum {boolean}
             */
            mfa_required: true;
            /**
             * @description Send it with a code to `POST /auth/mfa/verify`. Works once.
             * @example Mf8Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e
             */
            mfa_token: string;
            /**
             * @description Seconds until the mfa_token expires (MFA_TOKEN_TTL_SECONDS).
             * @example 300
             */
            expires_in: number;
        };
        LoginDto: {
            /**
             * @description Username, or an email. Give this or `email`.
             * @example ada.lovelace
             */
            username?: string;
            /**
             * @description Email. Give this or `username`.
             * @example ada@example.org
             */
            email?: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description OAuth2 form only.
             * @enum {string}
             */
            grant_type?: "password";
            /** @description OAuth2 form only; ignored. */
            scope?: string;
            /** @description OAuth2 form only; ignored. */
            client_id?: string;
            /** @description OAuth2 form only; ignored. */
            client_secret?: string;
        };
        VerifyMfaDto: {
            /**
             * @description The 6-digit code the authenticator app shows now. Give this or `recovery_code`.
             * @example 492039
             */
            code?: string;
            /**
             * @description One of the recovery codes shown at activation, instead of `code` (each works once).
             * @example K7PQ2-XM4RT
             */
            recovery_code?: string;
            /**
             * @description The `mfa_token` that `POST /auth/login` answered.
             * @example Mf8Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e
             */
            mfa_token: string;
        };
        RefreshTokenDto: {
            /**
             * @description The refresh token from the last sign-in or refresh.
             * @example k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k
             */
            refresh_token: string;
        };
        UpdateMeDto: {
            /**
             * @description 3–32 letters, digits, `.`, `_` or `-`; unique ignoring case. Surrounding spaces are ignored.
             * @example ada.lovelace
             */
            username?: string;
            /**
             * Format: email
             * @description Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.
             * @example ada@example.org
             */
            email?: string;
        };
        ChangePasswordDto: {
            /**
             * Format: password
             * @example correct horse battery staple
             */
            current_password: string;
            /**
             * Format: password
             * @description 8–128 characters, any Unicode; not a common password and not the username or email.
             * @example a fresh passphrase for the new year
             */
            new_password: string;
        };
        SessionResponseDto: {
            /**
             * Format: uuid
             * @description The session id (the `sid` of its access tokens).
             */
            id: string;
            /**
             * Format: date-time
             * @description When the session began (sign-in).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description Last refresh or authenticated request (recorded at most once a minute).
             */
            last_used_at: string;
            /** @description User agent at the last refresh. */
            user_agent: string | null;
            /** @description Client address at the last refresh. */
            ip: string | null;
            /** @description True for the session making this request. */
            current: boolean;
        };
        SessionsPageDto: {
            /**
             * @description Number of all matches, not only those on this page: exact when `total_exact` is true; otherwise the count stopped at 10000 (1000 with `q`) and there are at least that many (ask `count=true` for the exact number).
             * @example 1
             */
            total: number;
            /**
             * @description False when `total` is a lower bound (more than 10000 matches, 1000 with `q`, and no `count=true`).
             * @example true
             */
            total_exact: boolean;
            /** @example 0 */
            offset: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Pass as `cursor` (with the same filters, `sort` and `order`) for the next page; null on the last page.
             * @example WzEsWyIyMDI2LTExLTI3VDEwOjAwOjAwLjAwMFoiLCI3ZDFmMGIyYS0zYzRlLTRmNWEtOGI2Yy05ZDBlMWYyYTNiNGMiXSwiUXpXVjhmX2tMTTlzIl0
             */
            next_cursor: string | null;
            items: components["schemas"]["SessionResponseDto"][];
        };
        RequestPasswordResetDto: {
            /**
             * Format: email
             * @description Stored trimmed and lower-cased, with an international domain in its ASCII (IDNA) form (`straße.example` → `xn--strae-oqa.example`); unique.
             * @example ada@example.org
             */
            email: string;
        };
        PasswordResetRequestedDto: {
            /**
             * @example accepted
             * @enum {string}
             */
            status: "accepted";
            /** @example If an account with that email exists, a reset link has been sent to it. */
            detail: string;
        };
        ResetPasswordDto: {
            /**
             * @description The `token` parameter of the emailed link.
             * @example Jq7Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e
             */
            token: string;
            /**
             * Format: password
             * @description 8–128 characters, any Unicode; not a common password and not the username or email.
             * @example correct horse battery staple
             */
            new_password: string;
        };
        /**
         * @description What the token may do: `profile:read` (Read your own account (GET /auth/me)); `files:read` (List, read, download and export your files (all files, for an admin)); `files:write` (Upload and delete your files (any file, for an admin)); `users:read` (Admin: list, read and export users); `users:write` (Admin: create, change and delete users); `audit:read` (Admin: read and export the audit log); `scim` (Admin: provision users over SCIM 2.0 (/scim/v2); only a token holding it reaches SCIM). Omit for a token with your full access (as tokens made before scopes have). At least one, no repeats. `users:read`, `users:write`, `audit:read` and `scim` only for administrators, and they stop working if you stop being one.
         * @enum {string}
         */
        TokenScope: "profile:read" | "files:read" | "files:write" | "users:read" | "users:write" | "audit:read" | "scim";
        CreatePersonalTokenDto: {
            /**
             * @description A label for you; need not be unique. Surrounding spaces are ignored.
             * @example CI upload script
             */
            name: string;
            /**
             * @description Days until the token expires, from 1 to PAT_MAX_EXPIRY_DAYS (default 365). Omit for a token that does not expire.
             * @example 90
             */
            expires_in_days?: number;
            /**
             * @description What the token may do: `profile:read` (Read your own account (GET /auth/me)); `files:read` (List, read, download and export your files (all files, for an admin)); `files:write` (Upload and delete your files (any file, for an admin)); `users:read` (Admin: list, read and export users); `users:write` (Admin: create, change and delete users); `audit:read` (Admin: read and export the audit log); `scim` (Admin: provision users over SCIM 2.0 (/scim/v2); only a token holding it reaches SCIM). Omit for a token with your full access (as tokens made before scopes have). At least one, no repeats. `users:read`, `users:write`, `audit:read` and `scim` only for administrators, and they stop working if you stop being one.
             * @example [
             *       "files:read",
             *       "files:write"
             *     ]
             */
            scopes?: components["schemas"]["TokenScope"][];
        };
        CreatedPersonalTokenDto: {
            /** Format: uuid */
            id: string;
            /** @example CI upload script */
            name: string;
            /**
             * @description The scopes the token holds; null: your full access.
             * @example [
             *       "files:read",
             *       "files:write"
             *     ]
             */
            scopes: components["schemas"]["TokenScope"][] | null;
            /**
             * @description The token: send it as `Authorization: Bearer <token>` or `X-API-Key: <token>`. Shown this once; store it now.
             * @example rvp_k2fQ0d3V9sXj4yX7m3n1b6v8c2z5a0s9d8f7g6h5j4k
             */
            token: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string | null;
        };
        PersonalTokenResponseDto: {
            /** Format: uuid */
            id: string;
            /** @example CI upload script */
            name: string;
            /**
             * @description The scopes the token holds; null: your full access.
             * @example [
             *       "files:read",
             *       "files:write"
             *     ]
             */
            scopes: components["schemas"]["TokenScope"][] | null;
            /** Format: date-time */
            created_at: string;
            /**
             * Format: date-time
             * @description Null: never expires. A past instant: expired (refused), until purged.
             */
            expires_at: string | null;
            /**
             * Format: date-time
             * @description Last authenticated request (recorded at most once a minute); null if never used.
             */
            last_used_at: string | null;
        };
        PersonalTokensPageDto: {
            /**
             * @description Number of all matches, not only those on this page: exact when `total_exact` is true; otherwise the count stopped at 10000 (1000 with `q`) and there are at least that many (ask `count=true` for the exact number).
             * @example 1
             */
            total: number;
            /**
             * @description False when `total` is a lower bound (more than 10000 matches, 1000 with `q`, and no `count=true`).
             * @example true
             */
            total_exact: boolean;
            /** @example 0 */
            offset: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Pass as `cursor` (with the same filters, `sort` and `order`) for the next page; null on the last page.
             * @example WzEsWyIyMDI2LTExLTI3VDEwOjAwOjAwLjAwMFoiLCI3ZDFmMGIyYS0zYzRlLTRmNWEtOGI2Yy05ZDBlMWYyYTNiNGMiXSwiUXpXVjhmX2tMTTlzIl0
             */
            next_cursor: string | null;
            items: components["schemas"]["PersonalTokenResponseDto"][];
        };
        VerifyEmailDto: {
            /**
             * @description The `token` parameter of the emailed link.
             * @example Vr4Xw2mR9tB4vN8cK1pL6sD3fG5hZ0aE2uY7iO9qW4e
             */
            token: string;
        };
        VerificationRequestedDto: {
            /**
             * @example accepted
             * @enum {string}
             */
            status: "accepted";
            /** @example If your email address is not verified yet, a new link has been sent to it. */
            detail: string;
        };
        TotpEnrollmentDto: {
            /**
             * @description The secret (base32), for typing into the app by hand. Shown only now.
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
            /**
             * @description The same secret as an `otpauth://` URI, which the QR code holds.
             * @example otpauth://totp/ReViewPoint:ada.lovelace?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ReViewPoint&algorithm=SHA1&digits=6&period=30
             */
            otpauth_url: string;
            /**
             * @description The QR code of `otpauth_url`, as an SVG document, for the app to scan.
             * @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37">…</svg>
             */
            qr_svg: string;
        };
        ActivateTotpDto: {
            /**
             * @description The code the app shows for the new secret.
             * @example 492039
             */
            code: string;
        };
        RecoveryCodesDto: {
            /**
             * @description Ten single-use codes that stand in for a TOTP code. Shown only now: keep them somewhere safe.
             * @example [
             *       "K7PQ2-XM4RT",
             *       "Q3ZHW-8NB2C"
             *     ]
             */
            recovery_codes: string[];
        };
        DisableTotpDto: {
            /**
             * @description The 6-digit code the authenticator app shows now. Give this or `recovery_code`.
             * @example 492039
             */
            code?: string;
            /**
             * @description One of the recovery codes shown at activation, instead of `code` (each works once).
             * @example K7PQ2-XM4RT
             */
            recovery_code?: string;
            /**
             * @description Your current password.
             * @example correct horse battery staple
             */
            password: string;
        };
        SsoProviderDto: {
            /**
             * @description The name in the sign-in URLs (`/auth/sso/{provider}/authorize`).
             * @example corp
             */
            name: string;
            /**
             * @description What a sign-in button shows.
             * @example Corporate sign-in
             */
            display_name: string;
        };
        SsoExchangeDto: {
            /**
             * @description The one-time `code` the client received at its redirect_uri (60 seconds, once).
             * @example q7Lm2X9vR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB9nM1
             */
            code: string;
        };
        UserIdentityResponseDto: {
            /**
             * Format: uuid
             * @example 7a1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60
             */
            id: string;
            /**
             * @description The provider’s name in OIDC_PROVIDERS.
             * @example corp
             */
            provider: string;
            /**
             * @description The provider’s `sub` for this person (unique at that provider only).
             * @example 248289761001
             */
            subject: string;
            /**
             * @description The email the provider asserted at the last sign-in.
             * @example ada@example.org
             */
            email: string | null;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            created_at: string;
        };
        UserIdentitiesDto: {
            items: components["schemas"]["UserIdentityResponseDto"][];
        };
        FileUploadDto: {
            /**
             * Format: binary
             * @description The file: one part named `file`.
             */
            file: Blob;
        };
        FileResponseDto: {
            /**
             * Format: uuid
             * @example 7d1f0b2a-3c4e-4f5a-8b6c-9d0e1f2a3b4c
             */
            id: string;
            /**
             * Format: uuid
             * @example 3f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60
             */
            owner_id: string;
            /**
             * @description As uploaded (NFC); display only, never a path.
             * @example paper.pdf
             */
            filename: string;
            /**
             * @description Detected from the bytes at upload.
             * @example application/pdf
             */
            content_type: string;
            /**
             * @description Bytes.
             * @example 482133
             */
            size: number;
            /**
             * @description SHA-256 of the bytes, hex.
             * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
             */
            sha256: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:00:00.000Z
             */
            uploaded_at: string;
        };
        FilesPageDto: {
            /**
             * @description Number of all matches, not only those on this page: exact when `total_exact` is true; otherwise the count stopped at 10000 (1000 with `q`) and there are at least that many (ask `count=true` for the exact number).
             * @example 1
             */
            total: number;
            /**
             * @description False when `total` is a lower bound (more than 10000 matches, 1000 with `q`, and no `count=true`).
             * @example true
             */
            total_exact: boolean;
            /** @example 0 */
            offset: number;
            /** @example 20 */
            limit: number;
            /**
             * @description Pass as `cursor` (with the same filters, `sort` and `order`) for the next page; null on the last page.
             * @example WzEsWyIyMDI2LTExLTI3VDEwOjAwOjAwLjAwMFoiLCI3ZDFmMGIyYS0zYzRlLTRmNWEtOGI2Yy05ZDBlMWYyYTNiNGMiXSwiUXpXVjhmX2tMTTlzIl0
             */
            next_cursor: string | null;
            items: components["schemas"]["FileResponseDto"][];
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
    getApiIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiIndexDto"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                /** @description The user who acted. */
                actor_id?: string;
                /** @description The user, session, token or file acted on. */
                target_id?: string;
                outcome?: "success" | "failure";
                /** @description Occurred at or after this instant. */
                since?: string;
                /** @description Occurred at or before this instant. */
                until?: string;
                limit?: number;
                /** @description Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventsPageDto"];
                };
            };
            /** @description The cursor is not a next_cursor of this list with these filters, sort and order. Codes: `INVALID_CURSOR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-cursor",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The cursor is not a next_cursor of this list with these filters, sort and order.",
                     *       "code": "INVALID_CURSOR",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `audit:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `audit:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                action?: components["schemas"]["AuditAction"];
                /** @description The user who acted. */
                actor_id?: string;
                /** @description The user, session, token or file acted on. */
                target_id?: string;
                outcome?: "success" | "failure";
                /** @description Occurred at or after this instant. */
                since?: string;
                /** @description Occurred at or before this instant. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One event (as in the list) per line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `audit:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `audit:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus exposition text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description A required dependency is down (`checks` names it), or the instance is shutting down. Codes: `NOT_READY`, `SHUTTING_DOWN`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:not-ready",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A required dependency is down (`checks` names it), or the instance is shutting down.",
                     *       "code": "NOT_READY",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "NOT_READY" | "SHUTTING_DOWN";
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description Username or email contains this text (ignoring case). */
                q?: string;
                is_active?: boolean;
                is_admin?: boolean;
                /** @description Created at or after this instant (ISO-8601). */
                created_after?: string;
                /** @description Created before this instant (ISO-8601). */
                created_before?: string;
                sort?: "created_at" | "username" | "email";
                limit?: number;
                /** @description Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep. */
                cursor?: string;
                /** @description Number of matches to skip (at most 10000; page further with `cursor`). Not combined with `cursor`. */
                offset?: number;
                /** @description `true`: count all matches exactly, however many (slower on large lists). Otherwise `total` is exact up to 10000 matches (1000 with `q`). */
                count?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersPageDto"];
                };
            };
            /** @description The cursor is not a next_cursor of this list with these filters, sort and order. Codes: `INVALID_CURSOR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-cursor",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The cursor is not a next_cursor of this list with these filters, sort and order.",
                     *       "code": "INVALID_CURSOR",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `USERNAME_TAKEN`, `EMAIL_TAKEN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:username-taken",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "USERNAME_TAKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USERNAME_TAKEN" | "EMAIL_TAKEN";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    exportUsers: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description Username or email contains this text (ignoring case). */
                q?: string;
                is_active?: boolean;
                is_admin?: boolean;
                /** @description Created at or after this instant (ISO-8601). */
                created_after?: string;
                /** @description Created before this instant (ISO-8601). */
                created_before?: string;
                sort?: "created_at" | "username" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV attachment (users.csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getUser: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    deleteUser: {
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
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `LAST_ADMIN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:last-admin",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "LAST_ADMIN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "LAST_ADMIN";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateUser: {
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
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`, `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID" | "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `USERNAME_TAKEN`, `EMAIL_TAKEN`, `LAST_ADMIN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:username-taken",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "USERNAME_TAKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USERNAME_TAKEN" | "EMAIL_TAKEN" | "LAST_ADMIN";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `USERNAME_TAKEN`, `EMAIL_TAKEN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:username-taken",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "USERNAME_TAKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USERNAME_TAKEN" | "EMAIL_TAKEN";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in: the tokens and the user. Or, for an account with two-factor authentication on, `{"mfa_required": true, "mfa_token", "expires_in"}` and no session yet: send the `mfa_token` with a code to `POST /auth/mfa/verify`. */
            200: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"] | components["schemas"]["MfaRequiredDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Unknown account or wrong password (the same answer for both). Codes: `INVALID_CREDENTIALS`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-credentials",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Unknown account or wrong password (the same answer for both).",
                     *       "code": "INVALID_CREDENTIALS",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description Correct password, but the account is deactivated. Codes: `ACCOUNT_DISABLED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Correct password, but the account is deactivated.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    verifyMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyMfaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description The mfa_token is unknown, expired, used or ended; or the code is wrong, expired or already used. Codes: `INVALID_MFA_TOKEN`, `INVALID_MFA_CODE`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-mfa-token",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "The mfa_token is unknown, expired, used or ended; or the code is wrong, expired or already used.",
                     *       "code": "INVALID_MFA_TOKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_MFA_TOKEN" | "INVALID_MFA_CODE";
                    };
                };
            };
            /** @description Authenticated, but not allowed to do this. Codes: `ACCOUNT_DISABLED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Authenticated, but not allowed to do this.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server has no MFA_ENCRYPTION_KEY to check a code (recovery codes still work). Codes: `MFA_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server has no MFA_ENCRYPTION_KEY to check a code (recovery codes still work).",
                     *       "code": "MFA_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`, `TOKEN_REUSED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:token-invalid",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "TOKEN_INVALID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED" | "TOKEN_REUSED";
                    };
                };
            };
            /** @description Authenticated, but not allowed to do this. Codes: `ACCOUNT_DISABLED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Authenticated, but not allowed to do this.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the personal access token lacks the `profile:read` scope. Codes: `ACCOUNT_DISABLED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the personal access token lacks the `profile:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `USERNAME_TAKEN`, `EMAIL_TAKEN`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:username-taken",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "USERNAME_TAKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USERNAME_TAKEN" | "EMAIL_TAKEN";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`, `INVALID_CURRENT_PASSWORD`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CURRENT_PASSWORD";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep. */
                cursor?: string;
                /** @description Number of matches to skip (at most 10000; page further with `cursor`). Not combined with `cursor`. */
                offset?: number;
                /** @description `true`: count all matches exactly, however many (slower on large lists). Otherwise `total` is exact up to 10000 matches (1000 with `q`). */
                count?: boolean;
                order?: "asc" | "desc";
                sort?: "created_at" | "last_used_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionsPageDto"];
                };
            };
            /** @description The cursor is not a next_cursor of this list with these filters, sort and order. Codes: `INVALID_CURSOR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-cursor",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The cursor is not a next_cursor of this list with these filters, sort and order.",
                     *       "code": "INVALID_CURSOR",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    endSession: {
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
            /** @description Session ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description No active session of yours has that id (someone else’s is not found either). Codes: `SESSION_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:session-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No active session of yours has that id (someone else’s is not found either).",
                     *       "code": "SESSION_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out everywhere. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
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
                "application/json": components["schemas"]["RequestPasswordResetDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server cannot send mail (production without SMTP_URL). Codes: `MAIL_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mail-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server cannot send mail (production without SMTP_URL).",
                     *       "code": "MAIL_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MAIL_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is malformed, unknown, expired, already used or superseded, or its account is deactivated. Codes: `INVALID_RESET_TOKEN`, `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-reset-token",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The token is malformed, unknown, expired, already used or superseded, or its account is deactivated.",
                     *       "code": "INVALID_RESET_TOKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_RESET_TOKEN" | "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listPersonalTokens: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep. */
                cursor?: string;
                /** @description Number of matches to skip (at most 10000; page further with `cursor`). Not combined with `cursor`. */
                offset?: number;
                /** @description `true`: count all matches exactly, however many (slower on large lists). Otherwise `total` is exact up to 10000 matches (1000 with `q`). */
                count?: boolean;
                order?: "asc" | "desc";
                sort?: "created_at" | "last_used_at" | "name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalTokensPageDto"];
                };
            };
            /** @description The cursor is not a next_cursor of this list with these filters, sort and order. Codes: `INVALID_CURSOR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-cursor",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The cursor is not a next_cursor of this list with these filters, sort and order.",
                     *       "code": "INVALID_CURSOR",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a scoped personal access token (this route needs full access). Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a scoped personal access token (this route needs full access).",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    createPersonalToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonalTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedPersonalTokenDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    revokePersonalToken: {
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
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a scoped personal access token (this route needs full access). Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a scoped personal access token (this route needs full access).",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description No unrevoked token of yours has that id (someone else’s is not found either). Codes: `TOKEN_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:token-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No unrevoked token of yours has that id (someone else’s is not found either).",
                     *       "code": "TOKEN_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "TOKEN_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            /** @description The address is verified. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is malformed, unknown, expired or already used, or the account has another email now. Codes: `INVALID_VERIFICATION_TOKEN`, `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-verification-token",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The token is malformed, unknown, expired or already used, or the account has another email now.",
                     *       "code": "INVALID_VERIFICATION_TOKEN",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_VERIFICATION_TOKEN" | "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationRequestedDto"];
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the caller used a scoped personal access token (this route needs full access). Codes: `ACCOUNT_DISABLED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the caller used a scoped personal access token (this route needs full access).",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server cannot send mail (production without SMTP_URL). Codes: `MAIL_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mail-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server cannot send mail (production without SMTP_URL).",
                     *       "code": "MAIL_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MAIL_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    enrollTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrollmentDto"];
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `MFA_ALREADY_ENABLED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-already-enabled",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "MFA_ALREADY_ENABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_ALREADY_ENABLED";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server has no MFA_ENCRYPTION_KEY. Codes: `MFA_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server has no MFA_ENCRYPTION_KEY.",
                     *       "code": "MFA_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    activateTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateTotpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `MFA_NOT_ENROLLED`, `MFA_ALREADY_ENABLED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-enrolled",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "MFA_NOT_ENROLLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_ENROLLED" | "MFA_ALREADY_ENABLED";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`, `INVALID_MFA_CODE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_MFA_CODE";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server has no MFA_ENCRYPTION_KEY. Codes: `MFA_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server has no MFA_ENCRYPTION_KEY.",
                     *       "code": "MFA_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTotpDto"];
            };
        };
        responses: {
            /** @description Two-factor authentication is off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-json",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "MALFORMED_JSON",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `SESSION_REQUIRED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller used a personal access token where a signed-in session is required.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "SESSION_REQUIRED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). Codes: `MFA_NOT_ENABLED`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-enabled",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "Conflicts with the current state (e.g. a duplicate).",
                     *       "code": "MFA_NOT_ENABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_ENABLED";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`, `INVALID_CURRENT_PASSWORD`, `INVALID_MFA_CODE`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "INVALID_CURRENT_PASSWORD" | "INVALID_MFA_CODE";
                    };
                };
            };
            /** @description Rate limited; see the Retry-After header. Codes: `RATE_LIMITED`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:rate-limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "Rate limited; see the Retry-After header.",
                     *       "code": "RATE_LIMITED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RATE_LIMITED";
                    };
                };
            };
            /** @description The server has no MFA_ENCRYPTION_KEY. Codes: `MFA_NOT_CONFIGURED`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:mfa-not-configured",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server has no MFA_ENCRYPTION_KEY.",
                     *       "code": "MFA_NOT_CONFIGURED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MFA_NOT_CONFIGURED" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    resetUserMfa: {
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
            /** @description The user has no second factor now. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listSsoProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoProviderDto"][];
                };
            };
        };
    };
    startSso: {
        parameters: {
            query: {
                /** @description Where the result is sent: exactly one of the URLs in SSO_REDIRECT_ALLOWLIST. It receives `code` (exchange it at `POST /auth/sso/exchange` within 60 seconds) or `error`. */
                redirect_uri: string;
            };
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider’s sign-in. */
            302: {
                headers: {
                    /** @description Where the browser goes next. */
                    Location?: string;
                    /** @description Always `no-referrer`: the next page never learns this URL. */
                    "Referrer-Policy"?: "no-referrer";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `SSO_REDIRECT_NOT_ALLOWED`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-redirect-not-allowed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "SSO_REDIRECT_NOT_ALLOWED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_REDIRECT_NOT_ALLOWED";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `SSO_PROVIDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-provider-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "SSO_PROVIDER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_PROVIDER_NOT_FOUND";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `SSO_PROVIDER_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-provider-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "SSO_PROVIDER_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_PROVIDER_UNAVAILABLE";
                    };
                };
            };
        };
    };
    finishSso: {
        parameters: {
            query?: {
                error?: string;
                iss?: string;
                code?: string;
                state?: string;
            };
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the client’s redirect_uri with `code` or `error`. */
            302: {
                headers: {
                    /** @description Where the browser goes next. */
                    Location?: string;
                    /** @description Always `no-referrer`: the next page never learns this URL. */
                    "Referrer-Policy"?: "no-referrer";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `SSO_INVALID_STATE`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-invalid-state",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "SSO_INVALID_STATE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_INVALID_STATE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `SSO_PROVIDER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-provider-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "SSO_PROVIDER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_PROVIDER_NOT_FOUND";
                    };
                };
            };
        };
    };
    exchangeSsoCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoExchangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description Always `no-store`: the body holds a credential (RFC 6749 §5.1). */
                    "Cache-Control"?: "no-store";
                    /** @description Always `no-cache`, for HTTP/1.0 caches. */
                    Pragma?: "no-cache";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthTokensDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `SSO_INVALID_CODE`, `MALFORMED_JSON`, `BODY_TOO_DEEP`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:sso-invalid-code",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "SSO_INVALID_CODE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "SSO_INVALID_CODE" | "MALFORMED_JSON" | "BODY_TOO_DEEP";
                    };
                };
            };
            /** @description Authenticated, but not allowed to do this. Codes: `ACCOUNT_DISABLED`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "Authenticated, but not allowed to do this.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED";
                    };
                };
            };
            /** @description Request Timeout Codes: `REQUEST_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:request-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "Request Timeout",
                     *       "code": "REQUEST_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "REQUEST_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `PAYLOAD_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:payload-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listUserIdentities: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserIdentitiesDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    unlinkUserIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                identity_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `ADMIN_REQUIRED`, `MFA_REQUIRED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the caller is not an administrator, or has no second factor while REQUIRE_ADMIN_MFA is on, or the personal access token lacks the `users:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "ADMIN_REQUIRED" | "MFA_REQUIRED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Not found (also for resources that belong to someone else). Codes: `USER_NOT_FOUND`, `IDENTITY_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:user-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "Not found (also for resources that belong to someone else).",
                     *       "code": "USER_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "USER_NOT_FOUND" | "IDENTITY_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    listFiles: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description Filename contains this text (ignoring case). */
                q?: string;
                /** @description Exact content type, e.g. `application/pdf`. */
                content_type?: string;
                /** @description Admins: only this user’s files. Others only ever see their own. */
                owner_id?: string;
                /** @description Uploaded at or after this instant (ISO-8601). */
                uploaded_after?: string;
                /** @description Uploaded before this instant (ISO-8601). */
                uploaded_before?: string;
                sort?: "uploaded_at" | "filename" | "size";
                limit?: number;
                /** @description Continue after the last row of a previous page: its `next_cursor`, unchanged, with the same filters, `sort` and `order`. Pages by cursor never repeat or skip a row when rows are added or removed meanwhile, and cost the same however deep. */
                cursor?: string;
                /** @description Number of matches to skip (at most 10000; page further with `cursor`). Not combined with `cursor`. */
                offset?: number;
                /** @description `true`: count all matches exactly, however many (slower on large lists). Otherwise `total` is exact up to 10000 matches (1000 with `q`). */
                count?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilesPageDto"];
                };
            };
            /** @description The cursor is not a next_cursor of this list with these filters, sort and order. Codes: `INVALID_CURSOR`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-cursor",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The cursor is not a next_cursor of this list with these filters, sort and order.",
                     *       "code": "INVALID_CURSOR",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_CURSOR";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUploadDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponseDto"];
                };
            };
            /** @description Malformed or truncated multipart, more than one part, or a part not named `file`. Codes: `MALFORMED_MULTIPART`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:malformed-multipart",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed or truncated multipart, more than one part, or a part not named `file`.",
                     *       "code": "MALFORMED_MULTIPART",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "MALFORMED_MULTIPART";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description The body stopped arriving for UPLOAD_IDLE_TIMEOUT_SECONDS (slow but progressing uploads are never cut). Codes: `UPLOAD_TIMEOUT`. */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:upload-timeout",
                     *       "title": "Request Timeout",
                     *       "status": 408,
                     *       "detail": "The body stopped arriving for UPLOAD_IDLE_TIMEOUT_SECONDS (slow but progressing uploads are never cut).",
                     *       "code": "UPLOAD_TIMEOUT",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UPLOAD_TIMEOUT";
                    };
                };
            };
            /** @description The request body is too large. Codes: `FILE_TOO_LARGE`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:file-too-large",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is too large.",
                     *       "code": "FILE_TOO_LARGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "FILE_TOO_LARGE";
                    };
                };
            };
            /** @description Type not accepted or contradicting the content; or not a multipart request. Codes: `UNSUPPORTED_FILE_TYPE`, `UNSUPPORTED_MEDIA_TYPE`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unsupported-file-type",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Type not accepted or contradicting the content; or not a multipart request.",
                     *       "code": "UNSUPPORTED_FILE_TYPE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNSUPPORTED_FILE_TYPE" | "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `EMPTY_FILE`, `INVALID_FILENAME`, `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:empty-file",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "EMPTY_FILE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "EMPTY_FILE" | "INVALID_FILENAME" | "VALIDATION_FAILED";
                    };
                };
            };
            /** @description MAX_CONCURRENT_UPLOADS_PER_USER uploads of yours are already in progress; see Retry-After. Codes: `TOO_MANY_UPLOADS`. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:too-many-uploads",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "detail": "MAX_CONCURRENT_UPLOADS_PER_USER uploads of yours are already in progress; see Retry-After.",
                     *       "code": "TOO_MANY_UPLOADS",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "TOO_MANY_UPLOADS";
                    };
                };
            };
            /** @description The file storage is unavailable or not verified as this database’s; nothing was kept. Codes: `STORAGE_UNAVAILABLE`, `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:storage-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The file storage is unavailable or not verified as this database’s; nothing was kept.",
                     *       "code": "STORAGE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "STORAGE_UNAVAILABLE" | "DATABASE_UNAVAILABLE";
                    };
                };
            };
            /** @description The file storage is full; nothing was kept. Codes: `INSUFFICIENT_STORAGE`. */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:insufficient-storage",
                     *       "title": "Insufficient Storage",
                     *       "status": 507,
                     *       "detail": "The file storage is full; nothing was kept.",
                     *       "code": "INSUFFICIENT_STORAGE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INSUFFICIENT_STORAGE";
                    };
                };
            };
        };
    };
    exportFiles: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                /** @description Filename contains this text (ignoring case). */
                q?: string;
                /** @description Exact content type, e.g. `application/pdf`. */
                content_type?: string;
                /** @description Admins: only this user’s files. Others only ever see their own. */
                owner_id?: string;
                /** @description Uploaded at or after this instant (ISO-8601). */
                uploaded_after?: string;
                /** @description Uploaded before this instant (ISO-8601). */
                uploaded_before?: string;
                sort?: "uploaded_at" | "filename" | "size";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV attachment (files.csv). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description Validation failed: invalid, missing or unknown fields. Codes: `VALIDATION_FAILED`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:validation-failed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "detail": "Validation failed: invalid, missing or unknown fields.",
                     *       "code": "VALIDATION_FAILED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60",
                     *       "errors": [
                     *         {
                     *           "field": "email",
                     *           "message": "email must be an email"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    getFile: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileResponseDto"];
                };
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description No such file, or it belongs to someone else. Codes: `FILE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:file-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No such file, or it belongs to someone else.",
                     *       "code": "FILE_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "FILE_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    deleteFile: {
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
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:write` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:write` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description No such file, or it belongs to someone else. Codes: `FILE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:file-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No such file, or it belongs to someone else.",
                     *       "code": "FILE_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "FILE_NOT_FOUND";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    downloadFileContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier download. */
                "If-None-Match"?: string;
                /** @description The ETag the `Range` is meant for; another version gets the whole file (200). */
                "If-Range"?: string;
                /** @description e.g. `bytes=0-1023` or `bytes=-500`. */
                Range?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description The requested range (Content-Range says which). */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                };
            };
            /** @description Not modified (If-None-Match matched). */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path). Codes: `INVALID_ID`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:invalid-id",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "Malformed request (bad JSON, a body nested more than 32 levels, bad multipart or a bad id in the path).",
                     *       "code": "INVALID_ID",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "INVALID_ID";
                    };
                };
            };
            /** @description Missing, malformed, expired, revoked or wrong-type credentials. Codes: `UNAUTHENTICATED`, `TOKEN_INVALID`, `TOKEN_EXPIRED`, `TOKEN_REVOKED`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:unauthenticated",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "Missing, malformed, expired, revoked or wrong-type credentials.",
                     *       "code": "UNAUTHENTICATED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED" | "TOKEN_INVALID" | "TOKEN_EXPIRED" | "TOKEN_REVOKED";
                    };
                };
            };
            /** @description The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope. Codes: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED`, `INSUFFICIENT_SCOPE`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:account-disabled",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "The account is deactivated, or the email is not verified while REQUIRE_VERIFIED_EMAIL is on, or the personal access token lacks the `files:read` scope.",
                     *       "code": "ACCOUNT_DISABLED",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "ACCOUNT_DISABLED" | "EMAIL_NOT_VERIFIED" | "INSUFFICIENT_SCOPE";
                    };
                };
            };
            /** @description No such file, or it belongs to someone else. Codes: `FILE_NOT_FOUND`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:file-not-found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "No such file, or it belongs to someone else.",
                     *       "code": "FILE_NOT_FOUND",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "FILE_NOT_FOUND";
                    };
                };
            };
            /** @description The requested range cannot be satisfied. Codes: `RANGE_NOT_SATISFIABLE`. */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:range-not-satisfiable",
                     *       "title": "Range Not Satisfiable",
                     *       "status": 416,
                     *       "detail": "The requested range cannot be satisfied.",
                     *       "code": "RANGE_NOT_SATISFIABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "RANGE_NOT_SATISFIABLE";
                    };
                };
            };
            /** @description A dependency is unavailable. Codes: `DATABASE_UNAVAILABLE`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:reviewpoint:problem:database-unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "A dependency is unavailable.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "request_id": "6f1c2f3e-8a5b-4d7e-9c0a-1b2c3d4e5f60"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"] & {
                        /** @enum {string} */
                        code: "DATABASE_UNAVAILABLE";
                    };
                };
            };
        };
    };
}
