/**
 * GENERATED FILE — do not edit by hand.
 * The types of the Clausier API, from its OpenAPI document (the routes' zod schemas, src/http/openapi.ts),
 * by openapi-typescript. Regenerate with `npm run gen:api`; `npm run check` fails when it is not current.
 */

export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a session (cookie) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
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
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                disabled: boolean;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            /** @description Echo it in the x-csrf-token header on POST/PUT/PATCH/DELETE with a cookie session */
                            csrfToken: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
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
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                disabled: boolean;
                            };
                            organisation: {
                                id: string;
                                name: string;
                            };
                            /** @description Echo it in the x-csrf-token header on POST/PUT/PATCH/DELETE with a cookie session */
                            csrfToken: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens (an admin sees all) */
        get: {
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
                            items: {
                                id: string;
                                userId: string;
                                name: string;
                                createdAt: string;
                                revokedAt: string | null;
                                lastUsedAt: string | null;
                                /** @description null: created before tokens expired (no expiry) */
                                expiresAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a bearer token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Days until the token is refused (default 365) */
                        expiresInDays?: number;
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
                            id: string;
                            name: string;
                            token: string;
                            createdAt: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my own password (the current one is required); my other sessions end */
        post: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (filters: role, state, q; sort by name, e-mail or role; keyset paged) */
        get: {
            parameters: {
                query?: {
                    role?: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                    state?: "active" | "disabled";
                    q?: string;
                    sort?: "name" | "email" | "role";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                clientName: string | null;
                                disabled: boolean;
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                        password: string;
                        clientId?: string;
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
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                clientName: string | null;
                                disabled: boolean;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered users list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order */
        get: {
            parameters: {
                query?: {
                    role?: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                    state?: "active" | "disabled";
                    q?: string;
                    sort?: "name" | "email" | "role";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
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
        /** Change name, role, client or disabled */
        patch: {
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
                        name?: string;
                        /** @enum {string} */
                        role?: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                        clientId?: string | null;
                        disabled?: boolean;
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
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                clientName: string | null;
                                disabled: boolean;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The selling organisation: identity printed on documents, VAT-on-debits option */
        get: {
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
                            organisation: {
                                id: string;
                                name: string;
                                legalForm: string;
                                shareCapitalCents: number | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                rcs: string | null;
                                iban: string | null;
                                bic: string | null;
                                sepaCreditorId: string | null;
                                email: string | null;
                                phone: string | null;
                                vatOnDebits: boolean;
                                logoSha256: string | null;
                                version: number;
                                validFrom: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the organisation’s identity or VAT-on-debits option (a new version, in force from now; issued documents keep theirs) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        legalForm?: string;
                        shareCapitalCents?: number | null;
                        addressLine?: string;
                        postalCode?: string;
                        city?: string;
                        country?: string;
                        siren?: string;
                        siret?: string | null;
                        vatNumber?: string | null;
                        rcs?: string | null;
                        iban?: string | null;
                        bic?: string | null;
                        sepaCreditorId?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        vatOnDebits?: boolean;
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
                            organisation: {
                                id: string;
                                name: string;
                                legalForm: string;
                                shareCapitalCents: number | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                rcs: string | null;
                                iban: string | null;
                                bic: string | null;
                                sepaCreditorId: string | null;
                                email: string | null;
                                phone: string | null;
                                vatOnDebits: boolean;
                                logoSha256: string | null;
                                version: number;
                                validFrom: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organisation/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logo printed on documents (PNG or JPEG); 404 when there is none */
        get: {
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
                    content?: never;
                };
            };
        };
        /** Upload the logo printed on every document: PNG or JPEG, at most 1 MB and 2,000 pixels a side (a new identity version; issued documents keep theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: byte */
                        contentBase64: string;
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
                            organisation: {
                                id: string;
                                name: string;
                                legalForm: string;
                                shareCapitalCents: number | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                rcs: string | null;
                                iban: string | null;
                                bic: string | null;
                                sepaCreditorId: string | null;
                                email: string | null;
                                phone: string | null;
                                vatOnDebits: boolean;
                                logoSha256: string | null;
                                version: number;
                                validFrom: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove the logo from documents issued from now on (issued documents keep theirs) */
        delete: {
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
                            organisation: {
                                id: string;
                                name: string;
                                legalForm: string;
                                shareCapitalCents: number | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                rcs: string | null;
                                iban: string | null;
                                bic: string | null;
                                sepaCreditorId: string | null;
                                email: string | null;
                                phone: string | null;
                                vatOnDebits: boolean;
                                logoSha256: string | null;
                                version: number;
                                validFrom: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clients, one keyset page in the asked sort (search by name or SIREN/SIRET, financial status; a client user sees its own) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    financialStatus?: "normal" | "watch" | "prepayment-required";
                    sort?: "name" | "siren" | "city" | "created";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
                    offset?: number;
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
                            items: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                postalCode: string;
                                city: string;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                publicBuyer: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                correspondentName: string | null;
                                relationshipEndedOn: string | null;
                                anonymised: boolean;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a client, with its contacts and correspondent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        legalName: string;
                        siren: string;
                        siret?: string | null;
                        vatNumber?: string | null;
                        billingAddress: {
                            line: string;
                            postalCode: string;
                            city: string;
                            /** @default FR */
                            country?: string;
                        };
                        siteAddress?: {
                            line: string;
                            postalCode: string;
                            city: string;
                            /** @default FR */
                            country?: string;
                        } | null;
                        email?: string | null;
                        phone?: string | null;
                        /** @enum {string} */
                        paymentMethod?: "bank-transfer" | "direct-debit" | "administrative-mandate";
                        iban?: string | null;
                        bic?: string | null;
                        mandateReference?: string | null;
                        mandateSignedOn?: string | null;
                        publicBuyer?: boolean;
                        referenceOptOut?: boolean;
                        contacts?: {
                            name: string;
                            title?: string | null;
                            email?: string | null;
                            phone?: string | null;
                            correspondent?: boolean;
                        }[];
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered clients list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort; no financial status for a client user) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    financialStatus?: "normal" | "watch" | "prepayment-required";
                    sort?: "name" | "siren" | "city" | "created";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client with contacts, correspondent and financial status history */
        get: {
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change identity, addresses, payment method or reference opt-out */
        patch: {
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
                        legalName?: string;
                        siren?: string;
                        siret?: string | null;
                        vatNumber?: string | null;
                        billingAddress?: {
                            line: string;
                            postalCode: string;
                            city: string;
                            /** @default FR */
                            country?: string;
                        };
                        siteAddress?: {
                            line: string;
                            postalCode: string;
                            city: string;
                            /** @default FR */
                            country?: string;
                        } | null;
                        email?: string | null;
                        phone?: string | null;
                        /** @enum {string} */
                        paymentMethod?: "bank-transfer" | "direct-debit" | "administrative-mandate";
                        iban?: string | null;
                        bic?: string | null;
                        mandateReference?: string | null;
                        mandateSignedOn?: string | null;
                        publicBuyer?: boolean;
                        referenceOptOut?: boolean;
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/clients/{id}/correspondent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Designate the correspondent (art. 7) among the contacts, or none */
        put: {
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
                        contactId: string | null;
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/relationship-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set or clear the end of the commercial relationship (starts the art. 17.2 retention); who and when are recorded */
        put: {
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
                        endedOn: string | null;
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact (optionally as the correspondent) */
        post: {
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
                        name: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        correspondent?: boolean;
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
                            contact: {
                                id: string;
                                name: string;
                                title: string | null;
                                email: string | null;
                                phone: string | null;
                                isCorrespondent: boolean;
                                restrictedOn: string | null;
                                objectedOn: string | null;
                            };
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact (if the correspondent, the client has none until another is named) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contact's name, title, email or phone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
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
                            contact: {
                                id: string;
                                name: string;
                                title: string | null;
                                email: string | null;
                                phone: string | null;
                                isCorrespondent: boolean;
                                restrictedOn: string | null;
                                objectedOn: string | null;
                            };
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List items (filters: kind, offerLine, category, active, q folded for accents and case; sort by name in French order, reference, kind or price; keyset paged) */
        get: {
            parameters: {
                query?: {
                    kind?: "product" | "service";
                    offerLine?: "cybersecurity" | "telephony" | "unified-communications";
                    category?: string;
                    active?: "true" | "false";
                    q?: string;
                    sort?: "name" | "reference" | "kind" | "price";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
                    offset?: number;
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "product" | "service";
                        category: string;
                        offerLine?: ("cybersecurity" | "telephony" | "unified-communications") | null;
                        solutionKind?: ("hardware" | "virtualized") | null;
                        manufacturer?: string | null;
                        sku: string;
                        name: string;
                        description?: string | null;
                        indicativePriceCents: number;
                        vatRatePercent: string;
                        rentable?: boolean;
                        monthlyRentCents?: number | null;
                        maintenanceFeeCents?: number | null;
                        warrantyMonths?: number | null;
                        licenceUsers?: number | null;
                        lateCancellationIndemnityCents?: number | null;
                        offHoursSurchargePercent?: string | null;
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
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered catalogue as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order */
        get: {
            parameters: {
                query?: {
                    kind?: "product" | "service";
                    offerLine?: "cybersecurity" | "telephony" | "unified-communications";
                    category?: string;
                    active?: "true" | "false";
                    q?: string;
                    sort?: "name" | "reference" | "kind" | "price";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item (inactive items stay readable) */
        get: {
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
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item (never alters quotes or contracts already written) */
        patch: {
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
                        category?: string;
                        offerLine?: ("cybersecurity" | "telephony" | "unified-communications") | null;
                        solutionKind?: ("hardware" | "virtualized") | null;
                        manufacturer?: string | null;
                        sku?: string;
                        name?: string;
                        description?: string | null;
                        indicativePriceCents?: number;
                        vatRatePercent?: string;
                        rentable?: boolean;
                        monthlyRentCents?: number | null;
                        maintenanceFeeCents?: number | null;
                        warrantyMonths?: number | null;
                        licenceUsers?: number | null;
                        lateCancellationIndemnityCents?: number | null;
                        offHoursSurchargePercent?: string | null;
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
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/catalogue/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an item from sale (never deleted) */
        post: {
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
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a withdrawn item back on sale */
        post: {
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
                            item: {
                                id: string;
                                /** @enum {string} */
                                kind: "product" | "service";
                                category: string;
                                offerLine: ("cybersecurity" | "telephony" | "unified-communications") | null;
                                solutionKind: ("hardware" | "virtualized") | null;
                                manufacturer: string | null;
                                sku: string;
                                name: string;
                                description: string | null;
                                indicativePriceCents: number;
                                vatRatePercent: string;
                                rentable: boolean;
                                monthlyRentCents: number | null;
                                maintenanceFeeCents: number | null;
                                warrantyMonths: number | null;
                                licenceUsers: number | null;
                                lateCancellationIndemnityCents: number | null;
                                offHoursSurchargePercent: string | null;
                                active: boolean;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vat-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VAT rates: those in force on `date`, or the whole history without it */
        get: {
            parameters: {
                query?: {
                    date?: string;
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
                            date: string | null;
                            items: {
                                country: string;
                                ratePercent: string;
                                label: string;
                                effectiveFrom: string;
                                effectiveTo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List terms versions */
        get: {
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
                            items: {
                                version: string;
                                effectiveFrom: string;
                                /** @enum {string} */
                                status: "draft" | "published";
                                basedOn: string | null;
                                publishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft version from an existing one, with changed parameters */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: string;
                        /** Format: date */
                        effectiveFrom: string;
                        basedOn?: string;
                        parameters?: {
                            [key: string]: unknown;
                        };
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
                            version: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            basedOn: string | null;
                            publishedAt: string | null;
                            parameters: {
                                key: string;
                                value: unknown;
                                article: string;
                                label: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                            articles: {
                                number: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                summary: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/terms/in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The version in force on a date */
        get: {
            parameters: {
                query: {
                    date: string;
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
                            version: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            basedOn: string | null;
                            publishedAt: string | null;
                            parameters: {
                                key: string;
                                value: unknown;
                                article: string;
                                label: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                            articles: {
                                number: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                summary: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/terms/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version: parameters (with their article) and articles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
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
                            version: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            basedOn: string | null;
                            publishedAt: string | null;
                            parameters: {
                                key: string;
                                value: unknown;
                                article: string;
                                label: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                            articles: {
                                number: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                summary: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft (a published version is immutable: 409) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        effectiveFrom?: string;
                        parameters?: {
                            [key: string]: unknown;
                        };
                        articles?: unknown[];
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
                            version: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            basedOn: string | null;
                            publishedAt: string | null;
                            parameters: {
                                key: string;
                                value: unknown;
                                article: string;
                                label: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                            articles: {
                                number: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                summary: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/terms/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (then immutable); recorded in the evidence log */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: string;
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
                            version: string;
                            effectiveFrom: string;
                            /** @enum {string} */
                            status: "draft" | "published";
                            basedOn: string | null;
                            publishedAt: string | null;
                            parameters: {
                                key: string;
                                value: unknown;
                                article: string;
                                label: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                            articles: {
                                number: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                summary: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rates/ecb": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ECB main refinancing operations rate history */
        get: {
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
                            items: {
                                effectiveFrom: string;
                                ratePercent: string;
                                source: string;
                                importedAt: string;
                            }[];
                            /** @enum {string} */
                            rule: "semester" | "latest";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rule catalogue with the JSON Schema of each rule’s facts */
        get: {
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
                            items: {
                                id: string;
                                article: string;
                                title: {
                                    fr: string;
                                    en: string;
                                };
                                factsJsonSchema: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules/{ruleId}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a rule on facts as of a date; 404 for an unknown rule, 400 naming each bad fact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    ruleId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asOf: string;
                        facts: unknown;
                        termsVersion?: string;
                    };
                };
            };
            responses: {
                /** @description A decision: common fields plus the rule’s own fields (RULES.md) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rule: string;
                            asOf: string;
                            outcome: string;
                            citation: {
                                article: string;
                                termsVersion: string;
                            };
                            explanation: {
                                fr: string;
                                en: string;
                            };
                            parameters: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence entries, newest first, told in words (who, what, article, link); filters by client, contract, kind and period */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    contractId?: string;
                    kind?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    before?: number;
                    after?: string;
                    sort?: "seq";
                    dir?: "desc";
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
                            items: {
                                seq: number;
                                kind: string;
                                objectType: string;
                                objectId: string;
                                contractId: string | null;
                                actor: string;
                                at: string;
                                documentSha256: string | null;
                                decision: unknown | null;
                                hash: string;
                                objectLabel: string | null;
                                who: {
                                    fr: string;
                                    en: string;
                                };
                                what: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                link: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/entries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered evidence entries as CSV (UTF-8 with BOM, `;`) or XLSX: when, who, what, article, hash */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    contractId?: string;
                    kind?: string;
                    from?: string;
                    to?: string;
                    sort?: "seq";
                    dir?: "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the whole hash chain; reports the first broken link */
        get: {
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
                            ok: boolean;
                            entries: number;
                            organisations: number;
                            firstBroken: {
                                orgId: string;
                                seq: number;
                                problem: string;
                                detail: string;
                            } | null;
                            heads: {
                                orgId: string;
                                seq: number;
                                hash: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence of one contract (or object) as a tar archive: manifest.json + documents */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
                    objectType?: string;
                    objectId?: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/documents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored document, by its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sha256: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List financing partners */
        get: {
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
                            items: {
                                id: string;
                                name: string;
                                siren: string | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                email: string | null;
                                active: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a financing partner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        siren?: string;
                        addressLine: string;
                        postalCode: string;
                        city: string;
                        /** @default FR */
                        country?: string;
                        /** Format: email */
                        email?: string;
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
                            lessor: {
                                id: string;
                                name: string;
                                siren: string | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                email: string | null;
                                active: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lessors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One financing partner */
        get: {
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
                            lessor: {
                                id: string;
                                name: string;
                                siren: string | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                email: string | null;
                                active: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a financing partner */
        patch: {
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
                        name?: string;
                        siren?: string | null;
                        addressLine?: string;
                        postalCode?: string;
                        city?: string;
                        country?: string;
                        email?: string | null;
                        active?: boolean;
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
                            lessor: {
                                id: string;
                                name: string;
                                siren: string | null;
                                addressLine: string;
                                postalCode: string;
                                city: string;
                                country: string;
                                email: string | null;
                                active: boolean;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List quotes, one keyset page in the asked sort (filters: status, client, search, expiry dates, awaiting; a client user: its own, drafts excluded) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                    clientId?: string;
                    q?: string;
                    expiresFrom?: string;
                    expiresTo?: string;
                    awaiting?: "acknowledgement" | "lessor";
                    sort?: "updated" | "number" | "client" | "issueDate" | "expiresOn" | "gross" | "status";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft quote; lines copy label, SKU and price from the catalogue (art. 9.1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        subject?: string;
                        deliveryLeadTime: string;
                        validityDays?: number;
                        lessorId?: string;
                        notes?: string[];
                        lines: ({
                            /** @enum {string} */
                            kind: "sale";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "rental";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            rentalMonths: number;
                            rentCents?: number;
                            maintenanceFeeCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "service";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                            label?: string;
                            vatRatePercent?: string;
                        })[];
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered quotes list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                    clientId?: string;
                    q?: string;
                    expiresFrom?: string;
                    expiresTo?: string;
                    awaiting?: "acknowledgement" | "lessor";
                    sort?: "updated" | "number" | "client" | "issueDate" | "expiresOn" | "gross" | "status";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quote with its lines, decisions and evidence */
        get: {
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace a draft (an issued quote never changes: 409 quote.not_draft) */
        put: {
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
                        clientId: string;
                        subject?: string;
                        deliveryLeadTime: string;
                        validityDays?: number;
                        lessorId?: string;
                        notes?: string[];
                        lines: ({
                            /** @enum {string} */
                            kind: "sale";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "rental";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            rentalMonths: number;
                            rentCents?: number;
                            maintenanceFeeCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "service";
                            catalogueItemId?: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                            label?: string;
                            vatRatePercent?: string;
                        })[];
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a draft (an issued quote is kept: 409 quote.not_draft) */
        delete: {
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: number, terms version, validity (art. 3.1), PDF in the evidence log */
        post: {
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/revise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a new version (a draft); issuing it supersedes this one */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an e-mail of an issued quote with its PDF (default recipient: the designated contact); the outbox delivers it, the evidence log keeps it */
        post: {
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
                        to?: string[];
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
                            messageId: string;
                            to: string[];
                            emlSha256: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The issued quote PDF, as stored in the evidence log */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/quotes/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The client user accepts the quote without reservation
         * @description Refused (expired, reservations, no reference): 409 with `decision` and its citation in the problem body.
         */
        post: {
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
                        acceptedWithoutReservation: boolean;
                        signatoryName: string;
                        signatoryTitle: string;
                        reservations?: string;
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/quotes/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The client user declines the quote (optional reason); recorded as a decision citing art. 3.1
         * @description Only an issued quote can be declined: 409 quote.not_issued otherwise.
         */
        post: {
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
                        reason?: string;
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/acceptances/signed-quote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the quote returned signed (PDF or scan, base64)
         * @description Refused (expired, reservations, no reference): 409 with `decision` and its citation in the problem body.
         */
        post: {
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
                        document: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
                        /** Format: date */
                        receivedOn?: string;
                        /** @default false */
                        withReservations?: boolean;
                        /** @enum {string} */
                        receivedBy: "email" | "post";
                        signatoryName?: string;
                        signatoryTitle?: string;
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/acceptances/purchase-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a purchase order; it accepts only if it cites the quote number
         * @description Refused (expired, reservations, no reference): 409 with `decision` and its citation in the problem body.
         */
        post: {
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
                        document: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
                        /** Format: date */
                        receivedOn?: string;
                        /** @default false */
                        withReservations?: boolean;
                        purchaseOrderReference: string;
                        quoteReference: string | null;
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
                            quote: {
                                id: string;
                                number: string | null;
                                version: number;
                                /** @enum {string} */
                                status: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                                clientId: string;
                                clientName: string;
                                subject: string | null;
                                issueDate: string | null;
                                expiresOn: string | null;
                                netCents: number;
                                grossCents: number;
                                updatedAt: string;
                                supersedesId: string | null;
                                deliveryLeadTime: string;
                                validityDays: number | null;
                                termsVersion: string | null;
                                lessorId: string | null;
                                notes: string[];
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    rentCents: number | null;
                                    maintenanceFeeCents: number | null;
                                    monthlyRentCents: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    licensedUsers: number | null;
                                }[];
                                totals: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                pdfSha256: string | null;
                                issuedAt: string | null;
                                acceptance: {
                                    /** @enum {string} */
                                    method: "signed-quote" | "purchase-order";
                                    /** @enum {string} */
                                    channel: "portal" | "signed-upload" | "purchase-order";
                                    acceptedOn: string;
                                    recordedAt: string;
                                    recordedBy: string;
                                    quotePdfSha256: string | null;
                                    documentSha256: string | null;
                                    signatoryName: string | null;
                                    signatoryTitle: string | null;
                                    ip: string | null;
                                    purchaseOrderReference: string | null;
                                } | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts, one keyset page in the asked sort (filters: client, status, search; a client user: its own; a technician: without amounts) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "active" | "suspended" | "terminated" | "cancelled" | "ended";
                    q?: string;
                    sort?: "formed" | "number" | "client" | "effectiveDate" | "status";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                number: string;
                                status: string;
                                clientId: string;
                                clientName: string;
                                quoteId: string;
                                quoteNumber: string | null;
                                quoteVersion: number;
                                orderDate: string;
                                effectiveDate: string;
                                termsVersion: string;
                                grossCents?: number;
                                monthlyRentCents?: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Issue the order acknowledgement of an accepted quote: forms the contract (art. 3.2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quoteId: string;
                        /** Format: date */
                        effectiveDate?: string;
                        /** @enum {string} */
                        goodsBilling?: "order" | "delivery";
                        /** @enum {string} */
                        servicesBilling?: "order" | "completion";
                        paymentTermDays?: number;
                        prepaymentRequired?: boolean;
                        guaranteeNote?: string;
                        /** @enum {string} */
                        rentalPeriodStart?: "delivery" | "contract-start";
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
                            contract: {
                                id: string;
                                number: string;
                                status: string;
                                clientId: string;
                                clientName: string;
                                quoteId: string;
                                quoteNumber: string | null;
                                quoteVersion: number;
                                orderDate: string;
                                effectiveDate: string;
                                termsVersion: string;
                                grossCents?: number;
                                monthlyRentCents?: number | null;
                                quoteTermsVersion: string;
                                purchaseOrderReference: string | null;
                                lessorId: string | null;
                                deliveryLeadTime: string;
                                totals?: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                acknowledgementNumber: string;
                                acknowledgementSha256: string;
                                formedAt: string;
                                billing: {
                                    /** @enum {string} */
                                    goods: "order" | "delivery";
                                    /** @enum {string} */
                                    services: "order" | "completion";
                                    paymentTermDays: number | null;
                                    prepaymentRequired: boolean;
                                    guaranteeNote: string | null;
                                    /** @enum {string} */
                                    rentalPeriodStart: "delivery" | "contract-start";
                                };
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents?: number;
                                    discountPercent?: string | null;
                                    rentCents?: number | null;
                                    maintenanceFeeCents?: number | null;
                                    monthlyRentCents?: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent?: string;
                                    netCents?: number;
                                    licensedUsers: number | null;
                                    rentalEndsOn: string | null;
                                }[];
                                assignments: {
                                    id: string;
                                    /** @enum {string} */
                                    by: "client" | "alleo";
                                    assigneeName: string;
                                    assigneeSiren: string | null;
                                    effectiveOn: string;
                                    documentSha256: string;
                                    recordedAt: string;
                                }[];
                            };
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered contracts list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort; amounts only for the roles that see prices) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "active" | "suspended" | "terminated" | "cancelled" | "ended";
                    q?: string;
                    sort?: "formed" | "number" | "client" | "effectiveDate" | "status";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract with lines, assignments, decisions and evidence (a technician: without prices nor evidence) */
        get: {
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
                            contract: {
                                id: string;
                                number: string;
                                status: string;
                                clientId: string;
                                clientName: string;
                                quoteId: string;
                                quoteNumber: string | null;
                                quoteVersion: number;
                                orderDate: string;
                                effectiveDate: string;
                                termsVersion: string;
                                grossCents?: number;
                                monthlyRentCents?: number | null;
                                quoteTermsVersion: string;
                                purchaseOrderReference: string | null;
                                lessorId: string | null;
                                deliveryLeadTime: string;
                                totals?: {
                                    netCents: number;
                                    vatCents: number;
                                    grossCents: number;
                                    monthlyRentCents: number | null;
                                    vatBreakdown: {
                                        ratePercent: string;
                                        taxableCents: number;
                                        vatCents: number;
                                    }[];
                                };
                                acknowledgementNumber: string;
                                acknowledgementSha256: string;
                                formedAt: string;
                                billing: {
                                    /** @enum {string} */
                                    goods: "order" | "delivery";
                                    /** @enum {string} */
                                    services: "order" | "completion";
                                    paymentTermDays: number | null;
                                    prepaymentRequired: boolean;
                                    guaranteeNote: string | null;
                                    /** @enum {string} */
                                    rentalPeriodStart: "delivery" | "contract-start";
                                };
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string | null;
                                    sku: string | null;
                                    label: string;
                                    category: string | null;
                                    quantity: string;
                                    unitPriceCents?: number;
                                    discountPercent?: string | null;
                                    rentCents?: number | null;
                                    maintenanceFeeCents?: number | null;
                                    monthlyRentCents?: number | null;
                                    rentalMonths: number | null;
                                    vatRatePercent?: string;
                                    netCents?: number;
                                    licensedUsers: number | null;
                                    rentalEndsOn: string | null;
                                }[];
                                assignments: {
                                    id: string;
                                    /** @enum {string} */
                                    by: "client" | "alleo";
                                    assigneeName: string;
                                    assigneeSiren: string | null;
                                    effectiveOn: string;
                                    documentSha256: string;
                                    recordedAt: string;
                                }[];
                            };
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The order acknowledgement PDF that formed the contract */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an e-mail of the order acknowledgement (default recipient: the designated contact); the outbox delivers it, the evidence log keeps it */
        post: {
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
                        to?: string[];
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
                            messageId: string;
                            to: string[];
                            emlSha256: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A client request to cancel the contract: always refused, recorded, 409 contract.firm_commitment (art. 3.3) */
        post: {
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
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/modify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A client request to modify the contract: always refused, recorded, 409 contract.firm_commitment (art. 3.3) */
        post: {
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
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an assignment: by the client with ALLEO’s written consent, by ALLEO after a notice letter (art. 19.1) */
        post: {
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
                        /** @enum {string} */
                        by: "client";
                        assigneeName: string;
                        assigneeSiren?: string;
                        consentDocument?: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
                        /** Format: date */
                        effectiveOn?: string;
                    } | {
                        /** @enum {string} */
                        by: "alleo";
                        assigneeName: string;
                        assigneeSiren?: string;
                        assigneeAddressLines?: string[];
                        /** Format: date */
                        effectiveOn: string;
                        signatoryName: string;
                        signatoryTitle?: string;
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
                            assignmentId: string;
                            documentSha256: string;
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/rental-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the rental file stands: approvals of ALLEO and the lessor (art. 3.2) */
        get: {
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
                            quoteId: string;
                            required: boolean;
                            lessorId: string | null;
                            alleo: {
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "not-required";
                                decidedAt: string | null;
                                decidedBy: string | null;
                                note: string | null;
                                documentSha256: string | null;
                            };
                            lessor: {
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "not-required";
                                decidedAt: string | null;
                                decidedBy: string | null;
                                note: string | null;
                                documentSha256: string | null;
                            };
                            missing: ("alleo" | "lessor")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes/{id}/rental-file/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the approval or refusal of the rental file by ALLEO or the lessor, with its document */
        post: {
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
                        /** @enum {string} */
                        party: "alleo" | "lessor";
                        /** @enum {string} */
                        outcome: "approved" | "refused";
                        note?: string;
                        document?: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            quoteId: string;
                            required: boolean;
                            lessorId: string | null;
                            alleo: {
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "not-required";
                                decidedAt: string | null;
                                decidedBy: string | null;
                                note: string | null;
                                documentSha256: string | null;
                            };
                            lessor: {
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "not-required";
                                decidedAt: string | null;
                                decidedBy: string | null;
                                note: string | null;
                                documentSha256: string | null;
                            };
                            missing: ("alleo" | "lessor")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, status changes, formal notices, termination, force-majeure events and the return dates they push, actions allowed */
        get: {
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
                            contractId: string;
                            status: string;
                            endedOn: string | null;
                            actions: string[];
                            changes: {
                                from: string;
                                to: string;
                                effectiveOn: string;
                                article: string;
                                reason: {
                                    fr: string;
                                    en: string;
                                };
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            formalNotices: {
                                id: string;
                                breach: string;
                                description: string;
                                sentOn: string;
                                curable: boolean;
                                receivedOn: string | null;
                                terminableFrom: string | null;
                                curedOn: string | null;
                                terminableFlaggedOn: string | null;
                                letterSha256: string | null;
                            }[];
                            termination: {
                                id: string;
                                ground: string;
                                formalNoticeId: string | null;
                                forceMajeureEventId: string | null;
                                effectiveOn: string;
                                reason: string;
                                clientFault: boolean;
                                /** @enum {string} */
                                refundChoice: "credit-note" | "none";
                                refundReason: string;
                                refundItems: {
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    invoiceLineId: string;
                                    label: string;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                    daysNotExecuted: number;
                                    netCents: number;
                                    creditNoteId: string | null;
                                }[];
                                refundCents: number;
                                letterSha256: string;
                                decidedBy: string;
                                decidedAt: string;
                            } | null;
                            forceMajeure: {
                                id: string;
                                type: string;
                                description: string;
                                /** @enum {string} */
                                invokedBy: "alleo" | "client";
                                startDate: string;
                                endDate: string | null;
                                decision: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                            suspendedDays: number;
                            rentalReturns: {
                                lineId: string;
                                rentalEndsOn: string;
                                suspendedDays: number;
                                returnDueOn: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/formal-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A formal notice stating the intent to use the termination clause (art. 15.2), with its registered letter PDF */
        post: {
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
                        /** @enum {string} */
                        breach: "non-payment" | "obligations" | "confidentiality" | "intellectual-property" | "other";
                        description: string;
                        /** Format: date */
                        sentOn?: string;
                        /** @default true */
                        curable?: boolean;
                        signatoryName: string;
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
                            id: string;
                            breach: string;
                            description: string;
                            sentOn: string;
                            curable: boolean;
                            receivedOn: string | null;
                            terminableFrom: string | null;
                            curedOn: string | null;
                            terminableFlaggedOn: string | null;
                            letterSha256: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/formal-notices/{noticeId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The acknowledgement of receipt (AR): rule termination.formal-notice gives terminableFrom */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        receivedOn: string;
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
                            notice: {
                                id: string;
                                breach: string;
                                description: string;
                                sentOn: string;
                                curable: boolean;
                                receivedOn: string | null;
                                terminableFrom: string | null;
                                curedOn: string | null;
                                terminableFlaggedOn: string | null;
                                letterSha256: string | null;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/formal-notices/{noticeId}/cure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The breach was remedied: in time it closes the notice (art. 15.2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        curedOn: string;
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
                            notice: {
                                id: string;
                                breach: string;
                                description: string;
                                sentOn: string;
                                curable: boolean;
                                receivedOn: string | null;
                                terminableFrom: string | null;
                                curedOn: string | null;
                                terminableFlaggedOn: string | null;
                                letterSha256: string | null;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate the contract (art. 15.2, 16.1): 409 with the date before terminableFrom, 409 naming the status when it no longer runs */
        post: {
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
                        /** @enum {string} */
                        ground: "breach" | "incurable-breach" | "financial-situation" | "force-majeure";
                        formalNoticeId?: string;
                        forceMajeureEventId?: string;
                        reason: string;
                        /** Format: date */
                        effectiveOn?: string;
                        clientFault: boolean;
                        refund: {
                            /** @enum {string} */
                            choice: "credit-note" | "none";
                            reason: string;
                        };
                        signatoryName: string;
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
                            termination: {
                                id: string;
                                ground: string;
                                formalNoticeId: string | null;
                                forceMajeureEventId: string | null;
                                effectiveOn: string;
                                reason: string;
                                clientFault: boolean;
                                /** @enum {string} */
                                refundChoice: "credit-note" | "none";
                                refundReason: string;
                                refundItems: {
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    invoiceLineId: string;
                                    label: string;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                    daysNotExecuted: number;
                                    netCents: number;
                                    creditNoteId: string | null;
                                }[];
                                refundCents: number;
                                letterSha256: string;
                                decidedBy: string;
                                decidedAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/termination/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The termination letter PDF */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/formal-notices/{noticeId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The formal notice letter PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    noticeId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The contract ended: end of the rental duration or of the services (art. 15.1) */
        post: {
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
                        reason: string;
                        /** Format: date */
                        effectiveOn?: string;
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
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/force-majeure-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Force-majeure events (art. 16) with rule force-majeure as of today */
        get: {
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
                            items: {
                                id: string;
                                type: string;
                                description: string;
                                /** @enum {string} */
                                invokedBy: "alleo" | "client";
                                startDate: string;
                                endDate: string | null;
                                contractIds: string[];
                                decision: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a force-majeure event (art. 16.2): its contracts are suspended while it lasts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "lock-out" | "strike" | "epidemic" | "pandemic" | "embargo" | "accident" | "exceptional-weather" | "transport-interruption" | "supply-impossibility" | "raw-material-defect" | "communications-blockage" | "other";
                        description: string;
                        /** @enum {string} */
                        invokedBy: "alleo" | "client";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate?: string;
                        contractIds: string[];
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
                            id: string;
                            type: string;
                            description: string;
                            /** @enum {string} */
                            invokedBy: "alleo" | "client";
                            startDate: string;
                            endDate: string | null;
                            contractIds: string[];
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/force-majeure-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One force-majeure event */
        get: {
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
                            id: string;
                            type: string;
                            description: string;
                            /** @enum {string} */
                            invokedBy: "alleo" | "client";
                            startDate: string;
                            endDate: string | null;
                            contractIds: string[];
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/force-majeure-events/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The end of a force-majeure event: obligations resume (400 when before its start) */
        post: {
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
                        /** Format: date */
                        endDate: string;
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
                            id: string;
                            type: string;
                            description: string;
                            /** @enum {string} */
                            invokedBy: "alleo" | "client";
                            startDate: string;
                            endDate: string | null;
                            contractIds: string[];
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List licences (a client user: its own) */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
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
                            items: {
                                id: string;
                                contractId: string;
                                clientId: string;
                                solution: string;
                                sku: string;
                                licensedUsers: number;
                                /** @enum {boolean} */
                                transferable: false;
                                termsVersion: string;
                                createdAt: string;
                                usages: {
                                    id: string;
                                    observedOn: string;
                                    usersCount: number;
                                    overLimit: boolean;
                                    recordedAt: string;
                                }[];
                                installation: {
                                    allowed: boolean;
                                    invoiceNumber: string | null;
                                    paidOn: string | null;
                                    /** @enum {string} */
                                    article: "5.2";
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/licences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One licence with its usage reports */
        get: {
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
                            licence: {
                                id: string;
                                contractId: string;
                                clientId: string;
                                solution: string;
                                sku: string;
                                licensedUsers: number;
                                /** @enum {boolean} */
                                transferable: false;
                                termsVersion: string;
                                createdAt: string;
                                usages: {
                                    id: string;
                                    observedOn: string;
                                    usersCount: number;
                                    overLimit: boolean;
                                    recordedAt: string;
                                }[];
                                installation: {
                                    allowed: boolean;
                                    invoiceNumber: string | null;
                                    paidOn: string | null;
                                    /** @enum {string} */
                                    article: "5.2";
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/licences/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the users observed; above the licence it is flagged (art. 14.4) */
        post: {
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
                        usersCount: number;
                        /** Format: date */
                        observedOn?: string;
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
                            licence: {
                                id: string;
                                contractId: string;
                                clientId: string;
                                solution: string;
                                sku: string;
                                licensedUsers: number;
                                /** @enum {boolean} */
                                transferable: false;
                                termsVersion: string;
                                createdAt: string;
                                usages: {
                                    id: string;
                                    observedOn: string;
                                    usersCount: number;
                                    overLimit: boolean;
                                    recordedAt: string;
                                }[];
                                installation: {
                                    allowed: boolean;
                                    invoiceNumber: string | null;
                                    paidOn: string | null;
                                    /** @enum {string} */
                                    article: "5.2";
                                };
                            };
                            flagged: boolean;
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices and credit notes (filters: draft, issued, due, overdue, paid) */
        get: {
            parameters: {
                query?: {
                    filter?: "draft" | "issued" | "due" | "overdue" | "paid";
                    kind?: "invoice" | "credit-note";
                    clientId?: string;
                    contractId?: string;
                    q?: string;
                    dueFrom?: string;
                    dueTo?: string;
                    issuedFrom?: string;
                    issuedTo?: string;
                    sort?: "created" | "number" | "issueDate" | "dueDate" | "client" | "gross";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a manual invoice (indemnities, repairs, shipping re-invoiced). With `Prefer: return=minimal` the answer is only what the draft fixed (id, status, total) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        contractId?: string;
                        /** Format: date */
                        operationDate?: string;
                        purchaseOrderReference?: string;
                        notes?: string[];
                        lines: {
                            label: string;
                            sku?: string;
                            /** @enum {string} */
                            nature: "goods" | "services";
                            quantity: number;
                            unitPriceCents: number;
                            discountPercent?: string;
                            vatRatePercent: string;
                        }[];
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
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit-note";
                            /** @enum {string} */
                            status: "draft" | "issued";
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            grossCents: number;
                        } | {
                            invoice: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                operationDate: string | null;
                                correctsInvoiceId: string | null;
                                purchaseOrderReference: string | null;
                                /** @enum {string} */
                                nature: "goods" | "services" | "mixed";
                                vatOnDebits: boolean;
                                paymentMeans: string;
                                termsVersion: string | null;
                                reason: string | null;
                                notes: string[];
                                vatBreakdown: {
                                    ratePercent: string;
                                    taxableCents: number;
                                    vatCents: number;
                                }[];
                                documentSha256: string | null;
                                issuedAt: string | null;
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    /** @enum {string} */
                                    nature: "goods" | "services";
                                    contractLineId: string | null;
                                    sku: string | null;
                                    label: string;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                }[];
                                latePayment: unknown | null;
                            };
                            creditNotes: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            payments: {
                                paymentId: string;
                                receivedOn: string;
                                amountCents: number;
                                means: string;
                                status: string;
                            }[];
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered invoices list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order (same filters and sort as the list) */
        get: {
            parameters: {
                query?: {
                    filter?: "draft" | "issued" | "due" | "overdue" | "paid";
                    kind?: "invoice" | "credit-note";
                    clientId?: string;
                    contractId?: string;
                    q?: string;
                    dueFrom?: string;
                    dueTo?: string;
                    issuedFrom?: string;
                    issuedTo?: string;
                    sort?: "created" | "number" | "issueDate" | "dueDate" | "client" | "gross";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice with its lines, credit notes, payments, decisions and evidence */
        get: {
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
                            invoice: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                operationDate: string | null;
                                correctsInvoiceId: string | null;
                                purchaseOrderReference: string | null;
                                /** @enum {string} */
                                nature: "goods" | "services" | "mixed";
                                vatOnDebits: boolean;
                                paymentMeans: string;
                                termsVersion: string | null;
                                reason: string | null;
                                notes: string[];
                                vatBreakdown: {
                                    ratePercent: string;
                                    taxableCents: number;
                                    vatCents: number;
                                }[];
                                documentSha256: string | null;
                                issuedAt: string | null;
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    /** @enum {string} */
                                    nature: "goods" | "services";
                                    contractLineId: string | null;
                                    sku: string | null;
                                    label: string;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                }[];
                                latePayment: unknown | null;
                            };
                            creditNotes: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            payments: {
                                paymentId: string;
                                receivedOn: string;
                                amountCents: number;
                                means: string;
                                status: string;
                            }[];
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft (an issued invoice can never be deleted: 409) */
        delete: {
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/from-contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the invoice of a contract event (order, delivery, completion) from the contract's billing terms (art. 10.1) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        /** @enum {string} */
                        event: "order" | "delivery" | "completion";
                        /** Format: date */
                        operationDate?: string;
                        contractLineIds?: string[];
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
                            invoice: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                operationDate: string | null;
                                correctsInvoiceId: string | null;
                                purchaseOrderReference: string | null;
                                /** @enum {string} */
                                nature: "goods" | "services" | "mixed";
                                vatOnDebits: boolean;
                                paymentMeans: string;
                                termsVersion: string | null;
                                reason: string | null;
                                notes: string[];
                                vatBreakdown: {
                                    ratePercent: string;
                                    taxableCents: number;
                                    vatCents: number;
                                }[];
                                documentSha256: string | null;
                                issuedAt: string | null;
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    /** @enum {string} */
                                    nature: "goods" | "services";
                                    contractLineId: string | null;
                                    sku: string | null;
                                    label: string;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                }[];
                                latePayment: unknown | null;
                            };
                            creditNotes: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            payments: {
                                paymentId: string;
                                receivedOn: string;
                                amountCents: number;
                                means: string;
                                status: string;
                            }[];
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a draft: next gapless number, due date (art. 10.1), frozen and recorded in the evidence log; its Factur-X PDF is rendered and stored on first use (ADR 0031). With `Prefer: return=minimal` the answer is only what the issue fixed (number, dates, total) */
        post: {
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
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit-note";
                            /** @enum {string} */
                            status: "draft" | "issued";
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            grossCents: number;
                        } | {
                            invoice: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                operationDate: string | null;
                                correctsInvoiceId: string | null;
                                purchaseOrderReference: string | null;
                                /** @enum {string} */
                                nature: "goods" | "services" | "mixed";
                                vatOnDebits: boolean;
                                paymentMeans: string;
                                termsVersion: string | null;
                                reason: string | null;
                                notes: string[];
                                vatBreakdown: {
                                    ratePercent: string;
                                    taxableCents: number;
                                    vatCents: number;
                                }[];
                                documentSha256: string | null;
                                issuedAt: string | null;
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    /** @enum {string} */
                                    nature: "goods" | "services";
                                    contractLineId: string | null;
                                    sku: string | null;
                                    label: string;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                }[];
                                latePayment: unknown | null;
                            };
                            creditNotes: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            payments: {
                                paymentId: string;
                                receivedOn: string;
                                amountCents: number;
                                means: string;
                                status: string;
                            }[];
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a credit note correcting an issued invoice (never more than what remains of it) */
        post: {
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
                        reason: string;
                        invoiceLineIds?: string[];
                        lines?: {
                            label: string;
                            sku?: string;
                            /** @enum {string} */
                            nature: "goods" | "services";
                            quantity: number;
                            unitPriceCents: number;
                            discountPercent?: string;
                            vatRatePercent: string;
                        }[];
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
                            invoice: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                operationDate: string | null;
                                correctsInvoiceId: string | null;
                                purchaseOrderReference: string | null;
                                /** @enum {string} */
                                nature: "goods" | "services" | "mixed";
                                vatOnDebits: boolean;
                                paymentMeans: string;
                                termsVersion: string | null;
                                reason: string | null;
                                notes: string[];
                                vatBreakdown: {
                                    ratePercent: string;
                                    taxableCents: number;
                                    vatCents: number;
                                }[];
                                documentSha256: string | null;
                                issuedAt: string | null;
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    /** @enum {string} */
                                    nature: "goods" | "services";
                                    contractLineId: string | null;
                                    sku: string | null;
                                    label: string;
                                    quantity: string;
                                    unitPriceCents: number;
                                    discountPercent: string | null;
                                    vatRatePercent: string;
                                    netCents: number;
                                    periodStart: string | null;
                                    periodEnd: string | null;
                                }[];
                                latePayment: unknown | null;
                            };
                            creditNotes: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                /** @enum {string} */
                                status: "draft" | "issued";
                                origin: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                contractId: string | null;
                                contractNumber: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                periodStart: string | null;
                                periodEnd: string | null;
                                netCents: number;
                                vatCents: number;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                settledOn: string | null;
                                acceleratedOn: string | null;
                                paymentState: string;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                            payments: {
                                paymentId: string;
                                receivedOn: string;
                                amountCents: number;
                                means: string;
                                status: string;
                            }[];
                            decisions: {
                                rule: string;
                                outcome: string;
                                asOf: string;
                                article: string;
                                termsVersion: string;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                actor: string;
                                actorName: string | null;
                                at: string;
                            }[];
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Factur-X PDF of an issued invoice or credit note (CII XML embedded) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invoices/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an e-mail of an issued invoice or credit note with its Factur-X PDF (default recipient: the client's billing address); the outbox delivers it, the evidence log keeps it */
        post: {
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
                        to?: string[];
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
                            messageId: string;
                            to: string[];
                            emlSha256: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments received (a client user: its own company's); filters, sort by received date, client, amount, means or reference; keyset paged */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "recorded" | "reversed";
                    means?: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                    receivedFrom?: string;
                    receivedTo?: string;
                    q?: string;
                    sort?: "received" | "client" | "amount" | "means" | "reference";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a payment received (R3: counts on the date the funds were received); allocated as given or to the oldest due invoices first */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        /** Format: date */
                        receivedOn: string;
                        amountCents: number;
                        /** @enum {string} */
                        means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                        reference?: string;
                        label?: string;
                        allocations?: {
                            invoiceId?: string;
                            debitNoteId?: string;
                            amountCents: number;
                        }[];
                        keepExcessAsCredit?: boolean;
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
                            payment: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            };
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered payments list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "recorded" | "reversed";
                    means?: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                    receivedFrom?: string;
                    receivedTo?: string;
                    q?: string;
                    sort?: "received" | "client" | "amount" | "means" | "reference";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment with its allocations */
        get: {
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
                            payment: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            };
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allocate what a payment left as the client's credit */
        post: {
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
                        allocations: {
                            invoiceId?: string;
                            debitNoteId?: string;
                            amountCents: number;
                        }[];
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
                            payment: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            };
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a payment taken back by the bank (bounced direct debit): its invoices are open again */
        post: {
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
                        reason: string;
                        /** Format: date */
                        reversedOn: string;
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
                            payment: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            };
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bank-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bank statement imports, most recent first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
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
                            items: {
                                id: string;
                                filename: string;
                                sha256: string;
                                lineCount: number;
                                importedAt: string;
                                importedBy: string;
                                counts: {
                                    proposed: number;
                                    unmatched: number;
                                    confirmed: number;
                                    ignored: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import a bank statement CSV (date, amount, label, reference): a match is proposed for each credit; a file is imported once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        /** Format: byte */
                        contentBase64?: string;
                        csv?: string;
                        xml?: string;
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
                            import: {
                                id: string;
                                filename: string;
                                sha256: string;
                                lineCount: number;
                                importedAt: string;
                                importedBy: string;
                                counts: {
                                    proposed: number;
                                    unmatched: number;
                                    confirmed: number;
                                    ignored: number;
                                };
                            };
                            lines: {
                                id: string;
                                position: number;
                                bookedOn: string;
                                amountCents: number;
                                label: string;
                                reference: string | null;
                                /** @enum {string} */
                                status: "proposed" | "unmatched" | "confirmed" | "ignored";
                                clientId: string | null;
                                clientName: string | null;
                                proposal: {
                                    method: ("invoice-number" | "amount") | null;
                                    clientId: string | null;
                                    clientName: string | null;
                                    allocations: {
                                        invoiceId: string;
                                        invoiceNumber: string;
                                        amountCents: number;
                                    }[];
                                    note: string | null;
                                } | null;
                                paymentId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bank-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import with its lines and proposed matches */
        get: {
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
                            import: {
                                id: string;
                                filename: string;
                                sha256: string;
                                lineCount: number;
                                importedAt: string;
                                importedBy: string;
                                counts: {
                                    proposed: number;
                                    unmatched: number;
                                    confirmed: number;
                                    ignored: number;
                                };
                            };
                            lines: {
                                id: string;
                                position: number;
                                bookedOn: string;
                                amountCents: number;
                                label: string;
                                reference: string | null;
                                /** @enum {string} */
                                status: "proposed" | "unmatched" | "confirmed" | "ignored";
                                clientId: string | null;
                                clientName: string | null;
                                proposal: {
                                    method: ("invoice-number" | "amount") | null;
                                    clientId: string | null;
                                    clientName: string | null;
                                    allocations: {
                                        invoiceId: string;
                                        invoiceNumber: string;
                                        amountCents: number;
                                    }[];
                                    note: string | null;
                                } | null;
                                paymentId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bank-imports/{id}/lines/{lineId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a line (optionally correcting client and allocations): records the payment received by transfer on the line date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId?: string;
                        allocations?: {
                            invoiceId?: string;
                            debitNoteId?: string;
                            amountCents: number;
                        }[];
                        keepExcessAsCredit?: boolean;
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
                            payment: {
                                id: string;
                                clientId: string;
                                clientName: string;
                                receivedOn: string;
                                amountCents: number;
                                allocatedCents: number;
                                unallocatedCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                label: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                bankLineId: string | null;
                                createdAt: string;
                                allocations: {
                                    id: string;
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                    createdAt: string;
                                }[];
                            };
                            evidence: {
                                seq: number;
                                kind: string;
                                at: string;
                                actor: string;
                                actorName: string | null;
                                documentSha256: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bank-imports/{id}/lines/{lineId}/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ignore a line (not a client payment) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lineId: string;
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
                            import: {
                                id: string;
                                filename: string;
                                sha256: string;
                                lineCount: number;
                                importedAt: string;
                                importedBy: string;
                                counts: {
                                    proposed: number;
                                    unmatched: number;
                                    confirmed: number;
                                    ignored: number;
                                };
                            };
                            lines: {
                                id: string;
                                position: number;
                                bookedOn: string;
                                amountCents: number;
                                label: string;
                                reference: string | null;
                                /** @enum {string} */
                                status: "proposed" | "unmatched" | "confirmed" | "ignored";
                                clientId: string | null;
                                clientName: string | null;
                                proposal: {
                                    method: ("invoice-number" | "amount") | null;
                                    clientId: string | null;
                                    clientName: string | null;
                                    allocations: {
                                        invoiceId: string;
                                        invoiceNumber: string;
                                        amountCents: number;
                                    }[];
                                    note: string | null;
                                } | null;
                                paymentId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's account statement as of a date (default today) */
        get: {
            parameters: {
                query?: {
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
                            asOf: string;
                            client: {
                                id: string;
                                name: string;
                            };
                            invoices: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                number: string;
                                issueDate: string;
                                dueDate: string | null;
                                correctsNumber: string | null;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                paymentState: string;
                                settledOn: string | null;
                                daysPastDue: number;
                                daysLate: number;
                                acceleratedOn: string | null;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                unclaimedInterestCents: number;
                                unclaimedIndemnityCents: number;
                            }[];
                            debitNotes: {
                                id: string;
                                number: string;
                                issueDate: string;
                                dueDate: string;
                                totalCents: number;
                                paidCents: number;
                                openCents: number;
                            }[];
                            payments: {
                                id: string;
                                receivedOn: string;
                                amountCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                allocatedCents: number;
                                unallocatedCents: number;
                                allocations: {
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                }[];
                            }[];
                            totals: {
                                openInvoicesCents: number;
                                openDebitNotesCents: number;
                                unallocatedCreditCents: number;
                                balanceCents: number;
                                dueInvoicesCents: number;
                                dueDebitNotesCents: number;
                                accruedInterestCents: number;
                                unclaimedIndemnitiesCents: number;
                                owedTodayCents: number;
                            };
                            ageing: {
                                notDueCents: number;
                                days1To30Cents: number;
                                days31To60Cents: number;
                                days61To90Cents: number;
                                over90Cents: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account statement as a PDF (relevé de compte) */
        get: {
            parameters: {
                query?: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client user's own account statement */
        get: {
            parameters: {
                query?: {
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
                            asOf: string;
                            client: {
                                id: string;
                                name: string;
                            };
                            invoices: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit-note";
                                number: string;
                                issueDate: string;
                                dueDate: string | null;
                                correctsNumber: string | null;
                                grossCents: number;
                                paidCents: number;
                                creditedCents: number;
                                openCents: number;
                                paymentState: string;
                                settledOn: string | null;
                                daysPastDue: number;
                                daysLate: number;
                                acceleratedOn: string | null;
                                lateInterestCents: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                                unclaimedInterestCents: number;
                                unclaimedIndemnityCents: number;
                            }[];
                            debitNotes: {
                                id: string;
                                number: string;
                                issueDate: string;
                                dueDate: string;
                                totalCents: number;
                                paidCents: number;
                                openCents: number;
                            }[];
                            payments: {
                                id: string;
                                receivedOn: string;
                                amountCents: number;
                                /** @enum {string} */
                                means: "bank-transfer" | "direct-debit" | "administrative-mandate" | "other";
                                reference: string | null;
                                /** @enum {string} */
                                status: "recorded" | "reversed";
                                reversedOn: string | null;
                                reversalReason: string | null;
                                allocatedCents: number;
                                unallocatedCents: number;
                                allocations: {
                                    invoiceId: string | null;
                                    invoiceNumber: string | null;
                                    debitNoteId: string | null;
                                    debitNoteNumber: string | null;
                                    amountCents: number;
                                }[];
                            }[];
                            totals: {
                                openInvoicesCents: number;
                                openDebitNotesCents: number;
                                unallocatedCreditCents: number;
                                balanceCents: number;
                                dueInvoicesCents: number;
                                dueDebitNotesCents: number;
                                accruedInterestCents: number;
                                unclaimedIndemnitiesCents: number;
                                owedTodayCents: number;
                            };
                            ageing: {
                                notDueCents: number;
                                days1To30Cents: number;
                                days31To60Cents: number;
                                days61To90Cents: number;
                                over90Cents: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client user's own account statement as a PDF */
        get: {
            parameters: {
                query?: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The billing runs, latest first, with their progress and figures */
        get: {
            parameters: {
                query?: {
                    period?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                period: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed" | "interrupted";
                                issueDate: string | null;
                                contractsTotal: number | null;
                                contractsSeen: number;
                                invoicesCreated: number;
                                skippedLessor: number;
                                alreadyBilled: number;
                                batchesCommitted: number;
                                firstNumber: string | null;
                                lastNumber: string | null;
                                error: string | null;
                                startedBy: string;
                                startedAt: string;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Bill the rents of a month (in advance, art. 10.1): one invoice per contract, issued at once; runs in the background (202), idempotent per contract and month */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: string;
                                period: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed" | "interrupted";
                                issueDate: string | null;
                                contractsTotal: number | null;
                                contractsSeen: number;
                                invoicesCreated: number;
                                skippedLessor: number;
                                alreadyBilled: number;
                                batchesCommitted: number;
                                firstNumber: string | null;
                                lastNumber: string | null;
                                error: string | null;
                                startedBy: string;
                                startedAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One billing run: status, progress, invoices created, contracts skipped */
        get: {
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
                            run: {
                                id: string;
                                period: string;
                                /** @enum {string} */
                                status: "running" | "done" | "failed" | "interrupted";
                                issueDate: string | null;
                                contractsTotal: number | null;
                                contractsSeen: number;
                                invoicesCreated: number;
                                skippedLessor: number;
                                alreadyBilled: number;
                                batchesCommitted: number;
                                firstNumber: string | null;
                                lastNumber: string | null;
                                error: string | null;
                                startedBy: string;
                                startedAt: string;
                                finishedAt: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/enforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What art. 10.3 allows now against the client: interest, EUR 40, acceleration, prepayment, cancellation of orders in progress — each with its citation */
        get: {
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
                            clientId: string;
                            legalName: string;
                            asOf: string;
                            financialStatus: string;
                            overdueInvoices: {
                                id: string;
                                number: string | null;
                                dueDate: string | null;
                                daysLate: number;
                                openCents: number;
                                interestCents: number;
                                indemnityCents: number;
                                explanation: {
                                    fr: string;
                                    en: string;
                                } | null;
                            }[];
                            notYetDueInvoices: {
                                id: string;
                                number: string | null;
                                dueDate: string | null;
                                acceleratedOn: string | null;
                                openCents: number;
                            }[];
                            contracts: {
                                id: string;
                                number: string;
                                status: string;
                                cancelledForNonPayment: {
                                    on: string;
                                    by: string;
                                    at: string;
                                } | null;
                                canCancel: boolean;
                            }[];
                            measures: {
                                /** @enum {string} */
                                measure: "late-interest" | "recovery-indemnity" | "acceleration" | "prepayment" | "order-cancellation";
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                available: boolean;
                                done: boolean;
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/financial-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the financial status, with the reason (art. 10.1); kept in the evidence log */
        post: {
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
                        /** @enum {string} */
                        status: "normal" | "watch" | "prepayment-required";
                        reason: string;
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
                            client: {
                                id: string;
                                legalName: string;
                                siren: string;
                                siret: string | null;
                                vatNumber: string | null;
                                billingAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                };
                                siteAddress: {
                                    line: string;
                                    postalCode: string;
                                    city: string;
                                    country: string;
                                } | null;
                                email: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                paymentMethod: "bank-transfer" | "direct-debit" | "administrative-mandate";
                                /** @description In full for the roles that collect payments (admin, accounting); masked for the others */
                                iban: string | null;
                                bic: string | null;
                                paymentDetailsMasked: boolean;
                                mandateReference: string | null;
                                mandateSignedOn: string | null;
                                publicBuyer: boolean;
                                referenceOptOut: boolean;
                                financialStatus: ("normal" | "watch" | "prepayment-required") | null;
                                financialStatusHistory: {
                                    /** @enum {string} */
                                    from: "normal" | "watch" | "prepayment-required";
                                    /** @enum {string} */
                                    to: "normal" | "watch" | "prepayment-required";
                                    reason: string;
                                    changedBy: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                }[];
                                correspondent: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
                                    restrictedOn: string | null;
                                    objectedOn: string | null;
                                }[];
                                relationshipEndedOn: string | null;
                                relationshipEndSet: {
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                } | null;
                                anonymisedAt: string | null;
                                createdAt: string;
                                updatedAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/cancel-for-non-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the order in progress for non-payment (art. 10.3): a recorded decision naming who took it; 409 with the citation when nothing is overdue */
        post: {
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
                        reason: string;
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
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            decidedBy: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List debit notes (a client user sees its own); filters, sort by number, client, issue date, amount or status; keyset paged */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "open" | "overdue" | "paid";
                    issuedFrom?: string;
                    issuedTo?: string;
                    q?: string;
                    sort?: "issued" | "number" | "client" | "amount" | "status";
                    dir?: "asc" | "desc";
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                number: string;
                                clientId: string;
                                clientName: string;
                                issueDate: string;
                                dueDate: string;
                                totalCents: number;
                                paidCents: number;
                                openCents: number;
                                /** @enum {string} */
                                status: "open" | "paid";
                                termsVersion: string;
                                documentSha256: string;
                                createdBy: string;
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Claim on a debit note what has accrued today on the client's late invoices: interest not yet claimed and the EUR 40 once per invoice (art. 10.3); 409 when nothing is left to claim */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        invoiceIds?: string[];
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
                            debitNote: {
                                id: string;
                                number: string;
                                clientId: string;
                                clientName: string;
                                issueDate: string;
                                dueDate: string;
                                totalCents: number;
                                paidCents: number;
                                openCents: number;
                                /** @enum {string} */
                                status: "open" | "paid";
                                termsVersion: string;
                                documentSha256: string;
                                createdBy: string;
                                createdAt: string;
                                rows: {
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    invoiceDueDate: string | null;
                                    computedUntil: string;
                                    daysLate: number;
                                    interestCents: number;
                                    indemnityCents: number;
                                    article: string;
                                    termsVersion: string;
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    decision: {
                                        rule: string;
                                        asOf: string;
                                        outcome: string;
                                        citation: {
                                            article: string;
                                            termsVersion: string;
                                        };
                                        explanation: {
                                            fr: string;
                                            en: string;
                                        };
                                        parameters: {
                                            [key: string]: unknown;
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered debit notes list as CSV (UTF-8 with BOM, `;`) or XLSX, in the list order */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "open" | "overdue" | "paid";
                    issuedFrom?: string;
                    issuedTo?: string;
                    q?: string;
                    sort?: "issued" | "number" | "client" | "amount" | "status";
                    dir?: "asc" | "desc";
                    format?: "csv" | "xlsx";
                    lang?: "fr" | "en";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What POST /api/debit-notes would claim today, invoice by invoice (days late, interest, indemnity), without issuing anything; 409 when nothing is left to claim */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        invoiceIds?: string[];
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
                            issueDate: string;
                            rows: {
                                invoiceId: string;
                                invoiceNumber: string;
                                dueDate: string;
                                daysLate: number;
                                interestCents: number;
                                indemnityCents: number;
                                article: string;
                            }[];
                            totalCents: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One debit note with its rows and the decisions they claim from */
        get: {
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
                            debitNote: {
                                id: string;
                                number: string;
                                clientId: string;
                                clientName: string;
                                issueDate: string;
                                dueDate: string;
                                totalCents: number;
                                paidCents: number;
                                openCents: number;
                                /** @enum {string} */
                                status: "open" | "paid";
                                termsVersion: string;
                                documentSha256: string;
                                createdBy: string;
                                createdAt: string;
                                rows: {
                                    invoiceId: string;
                                    invoiceNumber: string | null;
                                    invoiceDueDate: string | null;
                                    computedUntil: string;
                                    daysLate: number;
                                    interestCents: number;
                                    indemnityCents: number;
                                    article: string;
                                    termsVersion: string;
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    decision: {
                                        rule: string;
                                        asOf: string;
                                        outcome: string;
                                        citation: {
                                            article: string;
                                            termsVersion: string;
                                        };
                                        explanation: {
                                            fr: string;
                                            en: string;
                                        };
                                        parameters: {
                                            [key: string]: unknown;
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The debit note PDF, as stored in the evidence log */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/debit-notes/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue an e-mail of the debit note with its PDF (default recipient: the client's billing address); the outbox delivers it, the evidence log keeps it */
        post: {
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
                        to?: string[];
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
                            messageId: string;
                            to: string[];
                            emlSha256: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue invoices: days late, open amount, interest and EUR 40, last dunning step done and the next one with its date */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    stepDue?: "true" | "false";
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
                            asOf: string;
                            items: {
                                invoiceId: string;
                                invoiceNumber: string | null;
                                clientId: string;
                                clientName: string;
                                contractNumber: string | null;
                                dueDate: string | null;
                                daysLate: number;
                                openCents: number;
                                interestCents: number;
                                indemnityCents: number;
                                lateAsOf: string | null;
                                lastStep: {
                                    position: number;
                                    label: string;
                                    /** @enum {string} */
                                    channel: "email" | "letter" | "formal-notice";
                                    doneOn: string;
                                    /** @enum {string} */
                                    channelUsed: "email" | "letter" | "formal-notice";
                                    documentSha256: string;
                                    delivery: {
                                        messageId: string;
                                        /** @enum {string} */
                                        status: "queued" | "sent" | "failed" | "cancelled";
                                        sentAt: string | null;
                                        error: string | null;
                                        attempts: number;
                                    } | null;
                                } | null;
                                nextStep: {
                                    position: number;
                                    label: string;
                                    /** @enum {string} */
                                    channel: "email" | "letter" | "formal-notice";
                                    date: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dunning/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dunning ladder (default: day 1 and day 15 reminder emails, day 30 formal notice by registered letter) */
        get: {
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
                            steps: {
                                position: number;
                                daysAfterDue: number;
                                /** @enum {string} */
                                channel: "email" | "letter" | "formal-notice";
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the dunning ladder: positions 1..n in order, days after the due date increasing */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        steps: {
                            position: number;
                            daysAfterDue: number;
                            /** @enum {string} */
                            channel: "email" | "letter" | "formal-notice";
                            label: string;
                        }[];
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
                            steps: {
                                position: number;
                                daysAfterDue: number;
                                /** @enum {string} */
                                channel: "email" | "letter" | "formal-notice";
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing e-mails, newest first: status (queued, sent, failed, cancelled), attempts, last error, related document */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "sent" | "failed" | "cancelled";
                    limit?: number;
                    beforeCreatedAt?: string;
                    beforeId?: string;
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
                            items: {
                                id: string;
                                to: string[];
                                cc: string[];
                                subject: string;
                                /** @enum {string} */
                                status: "queued" | "sent" | "failed" | "cancelled";
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                createdAt: string;
                                sentAt: string | null;
                                failedAt: string | null;
                                cancelledAt: string | null;
                                transport: string | null;
                                related: {
                                    type: string;
                                    id: string;
                                } | null;
                                attachments: {
                                    name: string;
                                    mediaType: string;
                                    sha256: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/of/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The e-mails about one quote, contract, invoice or debit note, with their true delivery status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    type: "quote" | "contract" | "invoice" | "debit-note";
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
                            items: {
                                id: string;
                                to: string[];
                                cc: string[];
                                subject: string;
                                /** @enum {string} */
                                status: "queued" | "sent" | "failed" | "cancelled";
                                attempts: number;
                                lastError: string | null;
                                nextAttemptAt: string | null;
                                createdAt: string;
                                sentAt: string | null;
                                failedAt: string | null;
                                cancelledAt: string | null;
                                transport: string | null;
                                related: {
                                    type: string;
                                    id: string;
                                } | null;
                                attachments: {
                                    name: string;
                                    mediaType: string;
                                    sha256: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outgoing e-mail with its text */
        get: {
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
                            id: string;
                            to: string[];
                            cc: string[];
                            subject: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "failed" | "cancelled";
                            attempts: number;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            createdAt: string;
                            sentAt: string | null;
                            failedAt: string | null;
                            cancelledAt: string | null;
                            transport: string | null;
                            related: {
                                type: string;
                                id: string;
                            } | null;
                            attachments: {
                                name: string;
                                mediaType: string;
                                sha256: string;
                            }[];
                            text: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}/eml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The .eml of an outgoing e-mail, as the transport receives it (message/rfc822) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a queued or failed e-mail again now (its attempts start over) */
        post: {
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
                            id: string;
                            to: string[];
                            cc: string[];
                            subject: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "failed" | "cancelled";
                            attempts: number;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            createdAt: string;
                            sentAt: string | null;
                            failedAt: string | null;
                            cancelledAt: string | null;
                            transport: string | null;
                            related: {
                                type: string;
                                id: string;
                            } | null;
                            attachments: {
                                name: string;
                                mediaType: string;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or failed e-mail: it will not be sent (recorded in the evidence log) */
        post: {
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
                            id: string;
                            to: string[];
                            cc: string[];
                            subject: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "failed" | "cancelled";
                            attempts: number;
                            lastError: string | null;
                            nextAttemptAt: string | null;
                            createdAt: string;
                            sentAt: string | null;
                            failedAt: string | null;
                            cancelledAt: string | null;
                            transport: string | null;
                            related: {
                                type: string;
                                id: string;
                            } | null;
                            attachments: {
                                name: string;
                                mediaType: string;
                                sha256: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications (quote accepted, payment received, reminder or formal notice sent, e-mail delivery failure), newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    unread?: "true" | "false";
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
                            unread: number;
                            items: {
                                id: string;
                                kind: string;
                                objectType: string;
                                objectId: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                createdAt: string;
                                readAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
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
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
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
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I also receive my notifications by e-mail */
        get: {
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
                            emailOptIn: boolean;
                        };
                    };
                };
            };
        };
        /** Opt in or out of receiving my notifications by e-mail */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        emailOptIn: boolean;
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
                            emailOptIn: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries (a client user: its own) */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
                    clientId?: string;
                    kind?: "sale" | "rental";
                    limit?: number;
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
                            items: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Deliver units of a contract's sale or rental lines, one serial per unit (art. 4.1, 4.2.1, 10.3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        /** Format: date */
                        deliveredOn?: string;
                        /** @enum {string} */
                        mode?: "exw" | "shipped" | "on-site";
                        site?: string;
                        shippingCents?: number;
                        shippingOnInvoice?: boolean;
                        lines: {
                            contractLineId: string;
                            serials: string[];
                        }[];
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
                            delivery: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active contracts with products: units ordered and delivered, to do / partial / done (art. 4.1, 4.2.1) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    state?: "to-do";
                    limit?: number;
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
                            items: {
                                contractId: string;
                                contractNumber: string;
                                clientId: string;
                                clientName: string;
                                orderDate: string;
                                orderedUnits: number;
                                deliveredUnits: number;
                                /** @enum {string} */
                                state: "to-do" | "partial" | "done";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its units */
        get: {
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
                            delivery: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery note PDF (bon de livraison) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record missing items or damage noted at delivery; shows the deadline to confirm them to the carrier (art. 4.1.3) */
        post: {
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
                        text: string;
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
                            delivery: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/reservations/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the confirmation of the reservations to the carrier with its date: in time or too late (art. 4.1.3) */
        post: {
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
                        /** Format: date */
                        confirmedOn: string;
                        document: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            delivery: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A delay penalty against ALLEO: refused unless ALLEO's prior written acceptance is attached (art. 4.1.2) */
        post: {
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
                        amountCents: number;
                        reason: string;
                        alleoWrittenAcceptance?: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deliveries/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the rental delivery note (or upload it signed): the transfer of risk (art. 4.2.1) */
        post: {
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
                        signatoryName: string;
                        signatoryTitle: string;
                    } | {
                        signatoryName: string;
                        signatoryTitle: string;
                        signedDocument: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            delivery: {
                                id: string;
                                number: string;
                                contractId: string;
                                contractNumber?: string;
                                clientId: string;
                                clientName?: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                deliveredOn: string;
                                mode: string;
                                site: string | null;
                                shippingCents: number | null;
                                shippingOnInvoice: boolean;
                                noteSha256: string;
                                invoiceId: string | null;
                                reservation: {
                                    text: string;
                                    recordedAt: string;
                                    deadline: string | null;
                                    confirmedOn: string | null;
                                    documentSha256: string | null;
                                    outcome: string | null;
                                } | null;
                                signature: {
                                    name: string;
                                    title: string;
                                    at: string;
                                    documentSha256: string | null;
                                } | null;
                                units?: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The equipment register, each unit with its owner derived from payments (art. 4.1.4, 4.2.5) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    contractId?: string;
                    site?: string;
                    status?: "delivered" | "in-stock" | "rented" | "in-repair" | "returned" | "lost";
                    owner?: "alleo" | "client";
                    kind?: "sale" | "rental";
                    serial?: string;
                    after?: string;
                    limit?: number;
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
                            items: {
                                id: string;
                                serial: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                clientId: string;
                                clientName?: string;
                                contractId: string;
                                contractNumber?: string;
                                contractLineId: string;
                                deliveryId: string;
                                sku: string;
                                label: string;
                                site: string | null;
                                status: string;
                                deliveredOn: string;
                                returnDueOn: string | null;
                                returnedOn: string | null;
                                /** @enum {string} */
                                owner?: "alleo" | "client";
                                ownerSince?: string | null;
                                lateDays: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit with its owner */
        get: {
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
                            unit: {
                                id: string;
                                serial: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                clientId: string;
                                clientName?: string;
                                contractId: string;
                                contractNumber?: string;
                                contractLineId: string;
                                deliveryId: string;
                                sku: string;
                                label: string;
                                site: string | null;
                                status: string;
                                deliveredOn: string;
                                returnDueOn: string | null;
                                returnedOn: string | null;
                                /** @enum {string} */
                                owner?: "alleo" | "client";
                                ownerSince?: string | null;
                                lateDays: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a unit in the register (in stock, rented, in repair, lost) */
        post: {
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
                        /** @enum {string} */
                        status: "in-stock" | "rented" | "in-repair" | "lost";
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
                            unit: {
                                id: string;
                                serial: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                clientId: string;
                                clientName?: string;
                                contractId: string;
                                contractNumber?: string;
                                contractLineId: string;
                                deliveryId: string;
                                sku: string;
                                label: string;
                                site: string | null;
                                status: string;
                                deliveredOn: string;
                                returnDueOn: string | null;
                                returnedOn: string | null;
                                /** @enum {string} */
                                owner?: "alleo" | "client";
                                ownerSince?: string | null;
                                lateDays: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/{id}/ownership-acts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A transfer, sublease or pledge of a rented unit: always refused, ALLEO owns it (art. 4.2.5) */
        post: {
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
                        /** @enum {string} */
                        act: "transfer" | "sublease" | "pledge";
                        counterparty?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/equipment/{id}/seizure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a seizure of a rented unit: staff are notified (art. 4.2.5) */
        post: {
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
                        /** Format: date */
                        seizedOn: string;
                        details: string;
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
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rental contracts (a rental delivered; a client user: its own); insurance=missing: the active ones without an all-risk certificate valid today (art. 4.2.1) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    insurance?: "missing";
                    limit?: number;
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
                            items: {
                                contractId: string;
                                contractNumber: string;
                                status: string;
                                clientId: string;
                                clientName: string;
                                orderDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's equipment: deliveries, units, insurance, incidents, returns, provisioning, timeline */
        get: {
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
                            rental: {
                                contractId: string;
                                deliveries: {
                                    id: string;
                                    number: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    clientId: string;
                                    clientName?: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    deliveredOn: string;
                                    mode: string;
                                    site: string | null;
                                    shippingCents: number | null;
                                    shippingOnInvoice: boolean;
                                    noteSha256: string;
                                    invoiceId: string | null;
                                    reservation: {
                                        text: string;
                                        recordedAt: string;
                                        deadline: string | null;
                                        confirmedOn: string | null;
                                        documentSha256: string | null;
                                        outcome: string | null;
                                    } | null;
                                    signature: {
                                        name: string;
                                        title: string;
                                        at: string;
                                        documentSha256: string | null;
                                    } | null;
                                    units?: {
                                        id: string;
                                        serial: string;
                                        /** @enum {string} */
                                        kind: "sale" | "rental";
                                        clientId: string;
                                        clientName?: string;
                                        contractId: string;
                                        contractNumber?: string;
                                        contractLineId: string;
                                        deliveryId: string;
                                        sku: string;
                                        label: string;
                                        site: string | null;
                                        status: string;
                                        deliveredOn: string;
                                        returnDueOn: string | null;
                                        returnedOn: string | null;
                                        /** @enum {string} */
                                        owner?: "alleo" | "client";
                                        ownerSince?: string | null;
                                        lateDays: number;
                                        lateIndemnityCents: number;
                                        lateAsOf: string | null;
                                    }[];
                                }[];
                                units: {
                                    id: string;
                                    serial: string;
                                    /** @enum {string} */
                                    kind: "sale" | "rental";
                                    clientId: string;
                                    clientName?: string;
                                    contractId: string;
                                    contractNumber?: string;
                                    contractLineId: string;
                                    deliveryId: string;
                                    sku: string;
                                    label: string;
                                    site: string | null;
                                    status: string;
                                    deliveredOn: string;
                                    returnDueOn: string | null;
                                    returnedOn: string | null;
                                    /** @enum {string} */
                                    owner?: "alleo" | "client";
                                    ownerSince?: string | null;
                                    lateDays: number;
                                    lateIndemnityCents: number;
                                    lateAsOf: string | null;
                                }[];
                                certificates: {
                                    id: string;
                                    insurer: string;
                                    startsOn: string;
                                    expiresOn: string;
                                    documentSha256: string;
                                }[];
                                incidents: {
                                    id: string;
                                    unitId: string;
                                    serial: string;
                                    eventAt: string;
                                    reportedAt: string;
                                    description: string;
                                    outcome: string;
                                    misuse: boolean;
                                    repairInvoiceId: string | null;
                                }[];
                                returns: {
                                    id: string;
                                    returnedOn: string;
                                    place: string;
                                    invoiceId: string | null;
                                    indemnityCents: number;
                                }[];
                                provisionings: {
                                    id: string;
                                    contractLineId: string;
                                    environment: string;
                                    installation: string;
                                    dataHosting: string;
                                }[];
                                timeline: {
                                    rule: string;
                                    outcome: string;
                                    asOf: string;
                                    article: string;
                                    termsVersion: string;
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    actor: string;
                                    actorName: string | null;
                                    at: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals/{id}/insurance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the client's all-risk insurance certificate (art. 4.2.1) */
        post: {
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
                        insurer: string;
                        /** @enum {boolean} */
                        allRisks: true;
                        /** Format: date */
                        startsOn: string;
                        /** Format: date */
                        expiresOn: string;
                        document: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            certificate: {
                                id: string;
                                insurer: string;
                                startsOn: string;
                                expiresOn: string;
                                documentSha256: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an incident or damage on a rented unit: within 48 hours or late (art. 7) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: string;
                        /** Format: date-time */
                        eventAt: string;
                        description: string;
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
                            id: string;
                            outcome: string;
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals/incidents/{id}/misuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The repair of an incident caused by misuse is invoiced (art. 4.2.4) */
        post: {
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
                        repairCents: number;
                        label?: string;
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
                            invoiceId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rentals/{id}/return-instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The return instructions letter (PDF), with the place ALLEO chooses (art. 15.3) */
        post: {
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
                        place: string;
                        /** Format: date */
                        returnBy?: string;
                        signatoryName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rental-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The return receipt of rented units, condition per unit; a late return invoices the indemnity (art. 15.3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        /** Format: date */
                        returnedOn: string;
                        place: string;
                        units: {
                            unitId: string;
                            complete: boolean;
                            accessories: boolean;
                            damage?: string;
                            repairCents?: number;
                        }[];
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
                            id: string;
                            returnedOn: string;
                            invoiceId: string | null;
                            indemnityCents: number;
                            decisions: ({
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            units: {
                                id: string;
                                serial: string;
                                /** @enum {string} */
                                kind: "sale" | "rental";
                                clientId: string;
                                clientName?: string;
                                contractId: string;
                                contractNumber?: string;
                                contractLineId: string;
                                deliveryId: string;
                                sku: string;
                                label: string;
                                site: string | null;
                                status: string;
                                deliveredOn: string;
                                returnDueOn: string | null;
                                returnedOn: string | null;
                                /** @enum {string} */
                                owner?: "alleo" | "client";
                                ownerSince?: string | null;
                                lateDays: number;
                                lateIndemnityCents: number;
                                lateAsOf: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/provisionings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Provision a virtualized solution once its price is collected (art. 5) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        contractLineId: string;
                        /** @enum {string} */
                        environment: "alleo" | "client";
                        /** @enum {string} */
                        installation: "remote" | "on-site";
                        /** @enum {string} */
                        dataHosting: "alleo" | "client";
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
                            provisioning: {
                                id: string;
                                contractLineId: string;
                                environment: string;
                                installation: string;
                                dataHosting: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/fec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The FEC (Fichier des écritures comptables) of a period: sales and bank journals, 18 columns, tab-separated, ISO-8859-15; named <SIREN>FEC<YYYYMMDD>.txt */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chart of accounts of the FEC export (PCG defaults for what was not set) */
        get: {
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
                            clients: string;
                            clientsLabel: string;
                            clientAuxPrefix: string;
                            salesGoods: string;
                            salesServices: string;
                            vatCollectedPrefix: string;
                            vatPendingPrefix: string;
                            lateCharges: string;
                            bank: string;
                        };
                    };
                };
            };
        };
        /** Change accounts of the FEC export (the others keep their value) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clients?: string;
                        clientsLabel?: string;
                        clientAuxPrefix?: string;
                        salesGoods?: string;
                        salesServices?: string;
                        vatCollectedPrefix?: string;
                        vatPendingPrefix?: string;
                        lateCharges?: string;
                        bank?: string;
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
                            clients: string;
                            clientsLabel: string;
                            clientAuxPrefix: string;
                            salesGoods: string;
                            salesServices: string;
                            vatCollectedPrefix: string;
                            vatPendingPrefix: string;
                            lateCharges: string;
                            bank: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every column and document holding personal data, with its legal basis and retention (art. 17.1) */
        get: {
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
                            items: {
                                id: string;
                                personal: boolean;
                                category: string;
                                legalBasis: string;
                                retention: string;
                                handling: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention calendar: per client, the end of the relationship, retainUntil and the erasure day (art. 17.2) */
        get: {
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
                            items: {
                                clientId: string;
                                legalName: string;
                                endedOn: string | null;
                                /** @enum {string} */
                                source: "override" | "derived" | "ongoing" | "no-contract";
                                derivedEndedOn: string | null;
                                overrideReason: string | null;
                                retainUntil: string | null;
                                erasedOn: string | null;
                                outcome: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/clients/{id}/relationship-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Override the derived end of the relationship, with a reason (null: back to the derived end) */
        put: {
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
                        endedOn: string | null;
                        reason: string;
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
                            items: {
                                clientId: string;
                                legalName: string;
                                endedOn: string | null;
                                /** @enum {string} */
                                source: "override" | "derived" | "ongoing" | "no-contract";
                                derivedEndedOn: string | null;
                                overrideReason: string | null;
                                retainUntil: string | null;
                                erasedOn: string | null;
                                outcome: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Privacy settings */
        get: {
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
                            connectionLogRetentionDays: number;
                            updatedBy: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        /** Set how long login failures (e-mail, IP) are kept: 1 to 365 days */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        connectionLogRetentionDays: number;
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
                            connectionLogRetentionDays: number;
                            updatedBy: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/subject-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What we hold about this person (JSON or PDF); each export is logged in the evidence chain */
        get: {
            parameters: {
                query: {
                    email: string;
                    format?: "json" | "pdf";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-subject requests; dueSoon=true: the open ones due within 7 days or overdue */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "answered" | "refused";
                    dueSoon?: "true" | "false";
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
                            items: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a request received by e-mail or letter (art. 17.3); due one month after receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        subjectEmail: string;
                        subjectName?: string;
                        /** @enum {string} */
                        kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                        /** @enum {string} */
                        channel: "email" | "letter";
                        /** Format: date */
                        receivedOn: string;
                        details?: string;
                        clientId?: string;
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request */
        get: {
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of the requester's identity check (GDPR art. 12(6)) */
        post: {
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
                        /** @enum {string} */
                        status: "verified" | "failed";
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the deadline by two months with a reason; the letter is stored as evidence (GDPR art. 12(3)) */
        post: {
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
                        reason: string;
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer or refuse; an erasure answered erases what is not legally retained and says what is kept */
        post: {
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
                        /** @enum {string} */
                        outcome: "answered" | "refused";
                        answer: string;
                        rectification?: {
                            name?: string;
                            title?: string | null;
                            /** Format: email */
                            email?: string;
                            phone?: string | null;
                        };
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/requests/{id}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a restriction in force, with a reason; the letter telling the person is stored as evidence (GDPR art. 18(3)) */
        post: {
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
                        reason: string;
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/privacy/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My requests about my personal data */
        get: {
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
                            items: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make a request about my personal data (art. 17.3) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                        details?: string;
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/privacy/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my requests */
        get: {
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
                            request: {
                                id: string;
                                clientId: string | null;
                                subjectEmail: string;
                                subjectName: string | null;
                                /** @enum {string} */
                                kind: "access" | "rectification" | "erasure" | "restriction" | "objection" | "portability" | "post-mortem";
                                /** @enum {string} */
                                channel: "email" | "letter" | "portal";
                                details: string | null;
                                receivedOn: string;
                                /** @enum {string} */
                                identityStatus: "pending" | "verified" | "failed";
                                dueOn: string;
                                effectiveDueOn: string;
                                extendedDueOn: string | null;
                                extensionReason: string | null;
                                extensionLetterSha256: string | null;
                                daysLeft: number;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "answered" | "refused";
                                answer: string | null;
                                result: unknown | null;
                                answeredAt: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/portal/privacy/requests/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data once my access request is answered (JSON or PDF); logged in the evidence chain */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "pdf";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Register of processing carried out as processor (art. 30(2)): JSON, CSV or PDF */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv" | "pdf";
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/sub-processors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sub-processors and their notices */
        get: {
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
                            items: {
                                id: string;
                                name: string;
                                addressLine: string | null;
                                country: string;
                                outsideEu: boolean;
                                activity: string;
                                solutionIds: string[];
                                transferSafeguard: string | null;
                                replacesId: string | null;
                                active: boolean;
                                createdAt: string;
                                endedAt: string | null;
                                notices: {
                                    clientId: string;
                                    legalName: string;
                                    change: string;
                                    sentOn: string;
                                    objectionUntil: string;
                                    outboxMessageId: string | null;
                                    objectedOn: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add or replace a sub-processor: every client using its solutions gets the notice (e-mail, evidence, objection period) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        addressLine?: string;
                        country: string;
                        activity: string;
                        solutionIds: string[];
                        transferSafeguard?: string;
                        replacesId?: string;
                        /** @default 30 */
                        objectionDays?: number;
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
                            subProcessorId: string;
                            notices: {
                                clientId: string;
                                legalName: string;
                                outboxMessageId: string | null;
                                objectionUntil: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal-data breaches, with the 48 h flag and the 72 h CNIL deadline */
        get: {
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
                            items: {
                                id: string;
                                /** @enum {string} */
                                role: "processor" | "controller";
                                discoveredAt: string;
                                facts: string;
                                dataCategories: string;
                                subjects: string;
                                consequences: string;
                                measures: string;
                                clientIds: string[];
                                clientsNotifiedAt: string | null;
                                cnilNotifiedAt: string | null;
                                noticeOverdue: boolean;
                                cnilDeadline: string | null;
                                cnilOverdue: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a personal-data breach (GDPR art. 33(5)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "processor" | "controller";
                        /** Format: date-time */
                        discoveredAt: string;
                        facts: string;
                        dataCategories: string;
                        subjects: string;
                        consequences: string;
                        measures: string;
                        /** @default [] */
                        clientIds?: string[];
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
                            breach: {
                                id: string;
                                /** @enum {string} */
                                role: "processor" | "controller";
                                discoveredAt: string;
                                facts: string;
                                dataCategories: string;
                                subjects: string;
                                consequences: string;
                                measures: string;
                                clientIds: string[];
                                clientsNotifiedAt: string | null;
                                cnilNotifiedAt: string | null;
                                noticeOverdue: boolean;
                                cnilDeadline: string | null;
                                cnilOverdue: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/breaches/{id}/notify-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notify the affected clients by e-mail, kept as evidence */
        post: {
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
                            breach: {
                                id: string;
                                /** @enum {string} */
                                role: "processor" | "controller";
                                discoveredAt: string;
                                facts: string;
                                dataCategories: string;
                                subjects: string;
                                consequences: string;
                                measures: string;
                                clientIds: string[];
                                clientsNotifiedAt: string | null;
                                cnilNotifiedAt: string | null;
                                noticeOverdue: boolean;
                                cnilDeadline: string | null;
                                cnilOverdue: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/breaches/{id}/cnil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the notification to the CNIL (own breaches) */
        post: {
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
                        /** Format: date-time */
                        notifiedAt: string;
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
                            breach: {
                                id: string;
                                /** @enum {string} */
                                role: "processor" | "controller";
                                discoveredAt: string;
                                facts: string;
                                dataCategories: string;
                                subjects: string;
                                consequences: string;
                                measures: string;
                                clientIds: string[];
                                clientsNotifiedAt: string | null;
                                cnilNotifiedAt: string | null;
                                noticeOverdue: boolean;
                                cnilDeadline: string | null;
                                cnilOverdue: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients' audits of ALLEO as processor */
        get: {
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
                            items: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                requestedOn: string;
                                auditor: string;
                                reportSha256: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an audit request; a second inside 12 months is refused (annex) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        /** Format: date */
                        requestedOn: string;
                        auditor: string;
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
                            audit: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                requestedOn: string;
                                auditor: string;
                                reportSha256: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/audits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store the audit's report (evidence) */
        post: {
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
                        report: {
                            filename: string;
                            /** @enum {string} */
                            mediaType: "application/pdf" | "image/jpeg" | "image/png";
                            /** Format: byte */
                            contentBase64: string;
                        };
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
                            audit: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                requestedOn: string;
                                auditor: string;
                                reportSha256: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/return-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** End-of-contract return and destruction tasks */
        get: {
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
                            items: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                contractId: string | null;
                                /** @enum {string} */
                                status: "open" | "returned" | "destroyed";
                                returnedOn: string | null;
                                destroyedOn: string | null;
                                certificateSha256: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open the return-then-destruction task of a client's data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clientId: string;
                        contractId?: string;
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
                            task: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                contractId: string | null;
                                /** @enum {string} */
                                status: "open" | "returned" | "destroyed";
                                returnedOn: string | null;
                                destroyedOn: string | null;
                                certificateSha256: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/return-tasks/{id}/returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The data was returned to the client */
        post: {
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
                        /** Format: date */
                        on: string;
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
                            task: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                contractId: string | null;
                                /** @enum {string} */
                                status: "open" | "returned" | "destroyed";
                                returnedOn: string | null;
                                destroyedOn: string | null;
                                certificateSha256: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/return-tasks/{id}/destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every copy was destroyed: the certificate is produced */
        post: {
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
                        /** Format: date */
                        on: string;
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
                            task: {
                                id: string;
                                clientId: string;
                                legalName: string;
                                contractId: string | null;
                                /** @enum {string} */
                                status: "open" | "returned" | "destroyed";
                                returnedOn: string | null;
                                destroyedOn: string | null;
                                certificateSha256: string | null;
                                createdAt: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/return-tasks/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate of return and destruction (PDF) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Clients by name or SIREN, quotes, contracts and invoices by number or client name; accent- and case-insensitive */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
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
                            items: {
                                /** @enum {string} */
                                kind: "client" | "quote" | "contract" | "invoice";
                                id: string;
                                label: string;
                                detail: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/sepa-mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SEPA mandates of a client, with their amendments */
        get: {
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
                            id: string;
                            clientId: string;
                            reference: string;
                            /** @enum {string} */
                            scheme: "CORE" | "B2B";
                            signedOn: string;
                            debtorName: string;
                            debtorIban: string;
                            debtorBic: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            revokedOn: string | null;
                            /** @enum {string} */
                            nextSequence: "FRST" | "RCUR";
                            firstUsedOn: string | null;
                            lastUsedOn: string | null;
                            version: number;
                            createdAt: string;
                            amendments: {
                                version: number;
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                amendedAt: string;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record a SEPA mandate signed by the client (UMR unique, IBAN and BIC checked) */
        post: {
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
                        reference?: string;
                        /** @enum {string} */
                        scheme: "CORE" | "B2B";
                        /** Format: date */
                        signedOn: string;
                        debtorName?: string;
                        debtorIban: string;
                        debtorBic?: string | null;
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
                            id: string;
                            clientId: string;
                            reference: string;
                            /** @enum {string} */
                            scheme: "CORE" | "B2B";
                            signedOn: string;
                            debtorName: string;
                            debtorIban: string;
                            debtorBic: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            revokedOn: string | null;
                            /** @enum {string} */
                            nextSequence: "FRST" | "RCUR";
                            firstUsedOn: string | null;
                            lastUsedOn: string | null;
                            version: number;
                            createdAt: string;
                            amendments: {
                                version: number;
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                amendedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/mandates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A SEPA mandate */
        get: {
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
                            id: string;
                            clientId: string;
                            reference: string;
                            /** @enum {string} */
                            scheme: "CORE" | "B2B";
                            signedOn: string;
                            debtorName: string;
                            debtorIban: string;
                            debtorBic: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            revokedOn: string | null;
                            /** @enum {string} */
                            nextSequence: "FRST" | "RCUR";
                            firstUsedOn: string | null;
                            lastUsedOn: string | null;
                            version: number;
                            createdAt: string;
                            amendments: {
                                version: number;
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                amendedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Amend a mandate (reference, debtor name or account); the previous values are kept */
        patch: {
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
                        reference?: string;
                        debtorName?: string;
                        debtorIban?: string;
                        debtorBic?: string | null;
                        reason: string;
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
                            id: string;
                            clientId: string;
                            reference: string;
                            /** @enum {string} */
                            scheme: "CORE" | "B2B";
                            signedOn: string;
                            debtorName: string;
                            debtorIban: string;
                            debtorBic: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            revokedOn: string | null;
                            /** @enum {string} */
                            nextSequence: "FRST" | "RCUR";
                            firstUsedOn: string | null;
                            lastUsedOn: string | null;
                            version: number;
                            createdAt: string;
                            amendments: {
                                version: number;
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                amendedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sepa/mandates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a mandate */
        post: {
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
                        reason: string;
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
                            id: string;
                            clientId: string;
                            reference: string;
                            /** @enum {string} */
                            scheme: "CORE" | "B2B";
                            signedOn: string;
                            debtorName: string;
                            debtorIban: string;
                            debtorBic: string | null;
                            /** @enum {string} */
                            status: "active" | "revoked";
                            revokedOn: string | null;
                            /** @enum {string} */
                            nextSequence: "FRST" | "RCUR";
                            firstUsedOn: string | null;
                            lastUsedOn: string | null;
                            version: number;
                            createdAt: string;
                            amendments: {
                                version: number;
                                before: {
                                    [key: string]: unknown;
                                };
                                after: {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                amendedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/mandates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mandate form for the debtor to sign (PDF) */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/collection-runs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a collection run would collect: the direct-debit invoices due by the date, grouped by scheme and collection date (delays of art. 10.1), FRST/RCUR, and the invoices skipped; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueBy: string;
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
                            dueBy: string;
                            today: string;
                            termsVersion: string;
                            /** @enum {string} */
                            article: "10.1";
                            preNotificationDays: number;
                            earliest: {
                                CORE: string;
                                B2B: string;
                            };
                            files: {
                                /** @enum {string} */
                                scheme: "CORE" | "B2B";
                                collectionDate: string;
                                count: number;
                                totalCents: number;
                                debits: {
                                    invoiceId: string;
                                    number: string;
                                    clientId: string;
                                    dueDate: string;
                                    mandateReference: string;
                                    /** @enum {string} */
                                    sequence: "FRST" | "RCUR";
                                    amountCents: number;
                                }[];
                            }[];
                            count: number;
                            totalCents: number;
                            skipped: {
                                invoiceId: string;
                                number: string | null;
                                clientName: string;
                                reason: string;
                                reasonFr: string;
                                clientId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/collection-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The collection runs, newest first */
        get: {
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
                            id: string;
                            dueBy: string;
                            /** @enum {string} */
                            status: "generated" | "sent";
                            count: number;
                            totalCents: number;
                            createdAt: string;
                            sentAt: string | null;
                            skippedCount: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Generate a collection run: one pain.008.001.02 file per scheme and collection date, and the pre-notification of each debtor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dueBy: string;
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
                            id: string;
                            dueBy: string;
                            /** @enum {string} */
                            status: "generated" | "sent";
                            count: number;
                            totalCents: number;
                            createdAt: string;
                            sentAt: string | null;
                            files: {
                                id: string;
                                /** @enum {string} */
                                scheme: "CORE" | "B2B";
                                collectionDate: string;
                                messageId: string;
                                filename: string;
                                count: number;
                                totalCents: number;
                            }[];
                            debits: {
                                id: string;
                                invoiceId: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                mandateReference: string;
                                /** @enum {string} */
                                sequence: "FRST" | "RCUR";
                                amountCents: number;
                                collectionDate: string;
                                preNotifiedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "returned";
                            }[];
                            skipped: {
                                invoiceId: string;
                                number: string | null;
                                clientName: string;
                                reason: string;
                                reasonFr: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/collection-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A collection run: files, debits, skipped invoices */
        get: {
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
                            id: string;
                            dueBy: string;
                            /** @enum {string} */
                            status: "generated" | "sent";
                            count: number;
                            totalCents: number;
                            createdAt: string;
                            sentAt: string | null;
                            files: {
                                id: string;
                                /** @enum {string} */
                                scheme: "CORE" | "B2B";
                                collectionDate: string;
                                messageId: string;
                                filename: string;
                                count: number;
                                totalCents: number;
                            }[];
                            debits: {
                                id: string;
                                invoiceId: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                mandateReference: string;
                                /** @enum {string} */
                                sequence: "FRST" | "RCUR";
                                amountCents: number;
                                collectionDate: string;
                                preNotifiedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "returned";
                            }[];
                            skipped: {
                                invoiceId: string;
                                number: string | null;
                                clientName: string;
                                reason: string;
                                reasonFr: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/collection-runs/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a pain.008.001.02 file of a run */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/collection-runs/{id}/mark-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a run sent to the bank; refused while a pre-notification is not accepted by the mail transport (art. 10.1) */
        post: {
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
                            id: string;
                            dueBy: string;
                            /** @enum {string} */
                            status: "generated" | "sent";
                            count: number;
                            totalCents: number;
                            createdAt: string;
                            sentAt: string | null;
                            files: {
                                id: string;
                                /** @enum {string} */
                                scheme: "CORE" | "B2B";
                                collectionDate: string;
                                messageId: string;
                                filename: string;
                                count: number;
                                totalCents: number;
                            }[];
                            debits: {
                                id: string;
                                invoiceId: string;
                                number: string | null;
                                clientId: string;
                                clientName: string;
                                mandateReference: string;
                                /** @enum {string} */
                                sequence: "FRST" | "RCUR";
                                amountCents: number;
                                collectionDate: string;
                                preNotifiedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "returned";
                            }[];
                            skipped: {
                                invoiceId: string;
                                number: string | null;
                                clientName: string;
                                reason: string;
                                reasonFr: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The returned direct debits (R-transactions) */
        get: {
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
                            id: string;
                            paymentId: string;
                            invoiceId: string | null;
                            number: string | null;
                            reasonCode: string;
                            returnedOn: string;
                            /** @enum {string} */
                            source: "bank" | "manual";
                            bankReference: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record a returned direct debit by hand: the payment is reversed, the invoice open again (art. 10.3 applies) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paymentId?: string;
                        invoiceId?: string;
                        reasonCode: string;
                        /** Format: date */
                        returnedOn: string;
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
                            returnId: string;
                            paymentId: string;
                            invoiceId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sepa/returns/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the returned direct debits of a camt.053 statement (entries with a return reason), once each */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        xml: string;
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
                            recorded: {
                                returnId: string;
                                paymentId: string;
                                invoiceId: string | null;
                                bankReference: string;
                            }[];
                            ignored: {
                                bankReference: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health, including the database */
        get: {
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
                            /** @enum {string} */
                            status: "ok";
                            database: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warranty-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warranty claims (art. 11.2); a client user: its own */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
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
                            items: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                contractLineId: string;
                                serial: string | null;
                                description: string;
                                notifiedOn: string;
                                warrantyEndsOn: string | null;
                                withinWarranty: boolean | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "refused";
                                exclusion: string | null;
                                decisionNote: string | null;
                                decidedAt: string | null;
                                letterSha256: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** File a warranty claim against a delivered unit (contract line, serial when known), with its justification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        contractLineId: string;
                        serial?: string;
                        description: string;
                        /** Format: date */
                        notifiedOn?: string;
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            description: string;
                            notifiedOn: string;
                            warrantyEndsOn: string | null;
                            withinWarranty: boolean | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "refused";
                            exclusion: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            letterSha256: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warranty-claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One warranty claim */
        get: {
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            description: string;
                            notifiedOn: string;
                            warrantyEndsOn: string | null;
                            withinWarranty: boolean | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "refused";
                            exclusion: string | null;
                            decisionNote: string | null;
                            decidedAt: string | null;
                            letterSha256: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warranty-claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, or refuse for an exclusion of art. 11.2; the letter PDF is kept */
        post: {
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
                        /** @enum {string} */
                        outcome: "accepted";
                        note?: string;
                        signatoryName: string;
                    } | {
                        /** @enum {string} */
                        outcome: "refused";
                        /** @enum {string} */
                        exclusion: "client-specifications" | "force-majeure" | "normal-wear" | "storage-negligence" | "non-compliant-use" | "unauthorised-repair" | "lack-of-maintenance";
                        note?: string;
                        signatoryName: string;
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
                            claim: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                contractLineId: string;
                                serial: string | null;
                                description: string;
                                notifiedOn: string;
                                warrantyEndsOn: string | null;
                                withinWarranty: boolean | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "refused";
                                exclusion: string | null;
                                decisionNote: string | null;
                                decidedAt: string | null;
                                letterSha256: string | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warranty-claims/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The letter answering a warranty claim */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return requests (RMA, art. 12); a client user: its own */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
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
                            items: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                contractLineId: string;
                                serial: string | null;
                                reason: string;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                                transportPaidBy: ("client" | "alleo") | null;
                                decisionNote: string | null;
                                receivedOn: string | null;
                                inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                                inspectionNote: string | null;
                                creditNoteId: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask for a return: nothing may be returned without ALLEO’s agreement (art. 12) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        contractLineId: string;
                        serial?: string;
                        reason: string;
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            reason: string;
                            requestedOn: string;
                            /** @enum {string} */
                            status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                            transportPaidBy: ("client" | "alleo") | null;
                            decisionNote: string | null;
                            receivedOn: string | null;
                            inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                            inspectionNote: string | null;
                            creditNoteId: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return request */
        get: {
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            reason: string;
                            requestedOn: string;
                            /** @enum {string} */
                            status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                            transportPaidBy: ("client" | "alleo") | null;
                            decisionNote: string | null;
                            receivedOn: string | null;
                            inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                            inspectionNote: string | null;
                            creditNoteId: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agree (transport at the client’s cost unless agreed otherwise) or refuse a return */
        post: {
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
                        /** @enum {string} */
                        outcome: "agreed";
                        /**
                         * @default client
                         * @enum {string}
                         */
                        transportPaidBy?: "client" | "alleo";
                        note?: string;
                    } | {
                        /** @enum {string} */
                        outcome: "refused";
                        note: string;
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
                            return: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                contractLineId: string;
                                serial: string | null;
                                reason: string;
                                requestedOn: string;
                                /** @enum {string} */
                                status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                                transportPaidBy: ("client" | "alleo") | null;
                                decisionNote: string | null;
                                receivedOn: string | null;
                                inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                                inspectionNote: string | null;
                                creditNoteId: string | null;
                                createdAt: string;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The returned unit arrived */
        post: {
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
                        /** Format: date */
                        receivedOn: string;
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            reason: string;
                            requestedOn: string;
                            /** @enum {string} */
                            status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                            transportPaidBy: ("client" | "alleo") | null;
                            decisionNote: string | null;
                            receivedOn: string | null;
                            inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                            inspectionNote: string | null;
                            creditNoteId: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}/inspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The inspection of the returned unit: perfect, damaged or incomplete */
        post: {
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
                        /** @enum {string} */
                        state: "perfect" | "damaged" | "incomplete";
                        note?: string;
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
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            reason: string;
                            requestedOn: string;
                            /** @enum {string} */
                            status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                            transportPaidBy: ("client" | "alleo") | null;
                            decisionNote: string | null;
                            receivedOn: string | null;
                            inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                            inspectionNote: string | null;
                            creditNoteId: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/returns/{id}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the credit note of a returned unit: 409 claims.not_inspected unless inspected in perfect state (art. 12) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            clientId: string;
                            contractId: string;
                            contractLineId: string;
                            serial: string | null;
                            reason: string;
                            requestedOn: string;
                            /** @enum {string} */
                            status: "requested" | "agreed" | "refused" | "received" | "inspected" | "credited";
                            transportPaidBy: ("client" | "alleo") | null;
                            decisionNote: string | null;
                            receivedOn: string | null;
                            inspectionState: ("perfect" | "damaged" | "incomplete") | null;
                            inspectionNote: string | null;
                            creditNoteId: string | null;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The claims register (art. 11.3): contestations of performance with their cap */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
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
                            items: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                description: string;
                                failureDate: string;
                                receivedOn: string;
                                form: string;
                                /** @enum {string} */
                                outcome: "in-time" | "out-of-time" | "invalid-form";
                                deadline: string;
                                paidUnderContractCents: number;
                                wilfulMisconduct: boolean;
                                capCents: number | null;
                                claimedCents: number | null;
                                indirectDamagesCents: number | null;
                                indirectDamagesExcluded: boolean;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a contestation of performance: in time, out of time or invalid form (rule claim.contestation); cap (rule liability.cap) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractId: string;
                        description: string;
                        /** Format: date */
                        failureDate: string;
                        /** Format: date */
                        receivedOn: string;
                        /** @enum {string} */
                        form: "registered-letter" | "letter" | "email" | "other";
                        /** @default false */
                        wilfulMisconduct?: boolean;
                        claimedCents?: number;
                        indirectDamagesCents?: number;
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
                            contestation: {
                                id: string;
                                clientId: string;
                                contractId: string;
                                description: string;
                                failureDate: string;
                                receivedOn: string;
                                form: string;
                                /** @enum {string} */
                                outcome: "in-time" | "out-of-time" | "invalid-form";
                                deadline: string;
                                paidUnderContractCents: number;
                                wilfulMisconduct: boolean;
                                capCents: number | null;
                                claimedCents: number | null;
                                indirectDamagesCents: number | null;
                                indirectDamagesExcluded: boolean;
                                createdAt: string;
                            };
                            decisions: {
                                contestation: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                                liabilityCap: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Disputes and their amicable period, non-solicitation, confidential information of a client */
        get: {
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
                            clientId: string;
                            disputes: {
                                id: string;
                                contractId: string | null;
                                subject: string;
                                notifiedOn: string;
                                courtFrom: string;
                                decision: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                            nonSolicitation: {
                                contractEndedOn: string | null;
                                decision: ({
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                }) | null;
                                hirings: {
                                    id: string;
                                    employeeName: string;
                                    hiredOn: string;
                                    monthlyGrossSalaryCents: number;
                                    until: string | null;
                                    withinPeriod: boolean;
                                    indemnityCents: number;
                                }[];
                            };
                            confidentialItems: {
                                id: string;
                                contractId: string | null;
                                what: string;
                                /** @enum {string} */
                                disclosedBy: "client" | "alleo";
                                disclosedOn: string;
                                exclusion: ("a" | "b" | "c" | "d") | null;
                                protectedUntil: string;
                                decision: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a dispute: the Tribunal de commerce de Mâcon may be seized after 30 days (art. 21) */
        post: {
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
                        subject: string;
                        /** Format: date */
                        notifiedOn: string;
                        contractId?: string;
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
                            id: string;
                            contractId: string | null;
                            subject: string;
                            notifiedOn: string;
                            courtFrom: string;
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/solicitation-hirings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the hiring of a client’s employee: inside the period, the indemnity of art. 18 */
        post: {
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
                        employeeName: string;
                        /** Format: date */
                        hiredOn: string;
                        monthlyGrossSalaryCents: number;
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
                            hiring: {
                                id: string;
                                employeeName: string;
                                hiredOn: string;
                                monthlyGrossSalaryCents: number;
                                until: string | null;
                                withinPeriod: boolean;
                                indemnityCents: number;
                            };
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/confidential-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register confidential information exchanged: protected 5 years from its disclosure (art. 13) */
        post: {
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
                        what: string;
                        /** @enum {string} */
                        disclosedBy: "client" | "alleo";
                        /** Format: date */
                        disclosedOn: string;
                        /** @enum {string} */
                        exclusion?: "a" | "b" | "c" | "d";
                        contractId?: string;
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
                            id: string;
                            contractId: string | null;
                            what: string;
                            /** @enum {string} */
                            disclosedBy: "client" | "alleo";
                            disclosedOn: string;
                            exclusion: ("a" | "b" | "c" | "d") | null;
                            protectedUntil: string;
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/confidential-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The confidential information registered for a contract (art. 13) */
        get: {
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
                            items: {
                                id: string;
                                contractId: string | null;
                                what: string;
                                /** @enum {string} */
                                disclosedBy: "client" | "alleo";
                                disclosedOn: string;
                                exclusion: ("a" | "b" | "c" | "d") | null;
                                protectedUntil: string;
                                decision: {
                                    rule: string;
                                    asOf: string;
                                    outcome: string;
                                    citation: {
                                        article: string;
                                        termsVersion: string;
                                    };
                                    explanation: {
                                        fr: string;
                                        en: string;
                                    };
                                    parameters: {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/technicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Technicians (users and named resources) */
        get: {
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
                            items: {
                                id: string;
                                userId: string | null;
                                /** @enum {string} */
                                kind: "user" | "resource";
                                name: string;
                                active: boolean;
                                feedActive: boolean;
                                hours: {
                                    weekday: number;
                                    start: string;
                                    end: string;
                                }[] | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a technician */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId?: string;
                        name?: string;
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
                            technician: {
                                id: string;
                                userId: string | null;
                                /** @enum {string} */
                                kind: "user" | "resource";
                                name: string;
                                active: boolean;
                                feedActive: boolean;
                                hours: {
                                    weekday: number;
                                    start: string;
                                    end: string;
                                }[] | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/technicians/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff users with the technician role who are not technicians yet */
        get: {
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
                            items: {
                                id: string;
                                name: string;
                                email: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/technicians/{id}": {
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
        /** Rename a technician, or take it off (or back on) the planning */
        patch: {
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
                        name?: string;
                        active?: boolean;
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
                            technician: {
                                id: string;
                                userId: string | null;
                                /** @enum {string} */
                                kind: "user" | "resource";
                                name: string;
                                active: boolean;
                                feedActive: boolean;
                                hours: {
                                    weekday: number;
                                    start: string;
                                    end: string;
                                }[] | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/technicians/{id}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a technician’s weekly hours, inside ALLEO’s working days and hours (art. 6.9); null resets */
        put: {
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
                        hours: {
                            weekday: number;
                            start: string;
                            end: string;
                        }[] | null;
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
                            technician: {
                                id: string;
                                userId: string | null;
                                /** @enum {string} */
                                kind: "user" | "resource";
                                name: string;
                                active: boolean;
                                feedActive: boolean;
                                hours: {
                                    weekday: number;
                                    start: string;
                                    end: string;
                                }[] | null;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/technicians/{id}/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret URL of the technician’s iCalendar feed (the previous one stops working) */
        post: {
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            path: string;
                        };
                    };
                };
            };
        };
        /** Revoke the iCalendar feed */
        delete: {
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A technician’s iCalendar feed (RFC 5545) by its secret token; 404 when wrong or revoked */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interventions of a period (planning board; a client: its own) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    technicianId?: string;
                    clientId?: string;
                    contractId?: string;
                    status?: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                    confirmation?: "pending" | "guaranteed" | "not-guaranteed";
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
                            items: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Schedule an intervention from a contract service line (art. 6.9, 7) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractLineId: string;
                        technicianIds: string[];
                        /** Format: date */
                        date: string;
                        start: string;
                        end: string;
                        /** @enum {string} */
                        mode: "on-site" | "remote";
                        acceptSurcharge?: boolean;
                        tickets?: number;
                        serial?: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            slot: {
                                date: string;
                                start: string;
                                end: string;
                                offHours: boolean;
                                reasons: {
                                    fr: string;
                                    en: string;
                                }[];
                                workingHours: {
                                    start: string;
                                    end: string;
                                };
                                surchargePercent: string | null;
                                servicePriceCents: number;
                                surchargeCents: number;
                                confirmBy: string;
                                /** @enum {string} */
                                article: "6.9";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The planning board: a period’s interventions (not cancelled) with their technicians */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    technicianId?: string;
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
                            items: {
                                id: string;
                                contractLineId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                date: string;
                                start: string;
                                end: string;
                                offHours: boolean;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What a slot costs before saving: working days and hours, surcharge (art. 6.9) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contractLineId: string;
                        technicianIds: string[];
                        /** Format: date */
                        date: string;
                        start: string;
                        end: string;
                        tickets?: number;
                        serial?: string;
                        /** @enum {string} */
                        mode?: "on-site" | "remote";
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
                            slot: {
                                date: string;
                                start: string;
                                end: string;
                                offHours: boolean;
                                reasons: {
                                    fr: string;
                                    en: string;
                                }[];
                                workingHours: {
                                    start: string;
                                    end: string;
                                };
                                surchargePercent: string | null;
                                servicePriceCents: number;
                                surchargeCents: number;
                                confirmBy: string;
                                /** @enum {string} */
                                article: "6.9";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One intervention with its timeline */
        get: {
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to another slot (same rules as scheduling) */
        post: {
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
                        /** Format: date */
                        date: string;
                        start: string;
                        end: string;
                        technicianIds?: string[];
                        acceptSurcharge?: boolean;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                            slot: {
                                date: string;
                                start: string;
                                end: string;
                                offHours: boolean;
                                reasons: {
                                    fr: string;
                                    en: string;
                                }[];
                                workingHours: {
                                    start: string;
                                    end: string;
                                };
                                surchargePercent: string | null;
                                servicePriceCents: number;
                                surchargeCents: number;
                                confirmBy: string;
                                /** @enum {string} */
                                article: "6.9";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client confirms the date, or staff record it (rule intervention.confirmation, art. 6.9) */
        post: {
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
                        /** Format: date */
                        confirmedOn?: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                            decision: ({
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            }) | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What cancelling or postponing costs today (rule intervention.cancellation, art. 6.9) */
        get: {
            parameters: {
                query?: {
                    kind?: "cancel" | "postpone";
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
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            chargeCents: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel or postpone at the client’s request, the cost shown accepted; a charge becomes an invoice line */
        post: {
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
                        /** @enum {string} */
                        kind: "cancel" | "postpone";
                        acceptedChargeCents: number;
                        reason?: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                            decision: {
                                rule: string;
                                asOf: string;
                                outcome: string;
                                citation: {
                                    article: string;
                                    termsVersion: string;
                                };
                                explanation: {
                                    fr: string;
                                    en: string;
                                };
                                parameters: {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            };
                            chargeCents: number;
                            chargeInvoiceId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/delays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a delay caused by the client (art. 6.9, 7) */
        post: {
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
                        /** @enum {string} */
                        cause: "prerequisites" | "inputs" | "site-access" | "other";
                        note: string;
                        /** Format: date */
                        occurredOn?: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Always refused: no penalty against ALLEO for a schedule slip (art. 6.9) */
        post: {
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
                        amountCents?: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete with the report (work, time, serials, attendees, diagnostic) */
        post: {
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
                        workDone: string;
                        minutesSpent: number;
                        /** @default [] */
                        serials?: string[];
                        /** @default [] */
                        attendees?: string[];
                        existingSetup?: string;
                        /** @default [] */
                        recommendations?: string[];
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client signs the report (portal or on site) */
        post: {
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
                        signatoryName: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reception: the client takes possession of the results; invoiceable on completion (art. 6.9) */
        post: {
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
                        /** Format: date */
                        receivedOn?: string;
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
                            intervention: {
                                id: string;
                                contractId: string;
                                contractLineId: string;
                                clientId: string;
                                clientName: string;
                                serviceKind: string;
                                label: string;
                                /** @enum {string} */
                                mode: "on-site" | "remote";
                                siteAddress: string | null;
                                date: string;
                                start: string;
                                end: string;
                                technicians: {
                                    id: string;
                                    name: string;
                                }[];
                                offHours: boolean;
                                surchargePercent: string | null;
                                surchargeCents: number;
                                servicePriceCents: number;
                                indemnityCents: number;
                                tickets: number;
                                /** @enum {string} */
                                status: "scheduled" | "to-reschedule" | "cancelled" | "completed" | "received";
                                /** @enum {string} */
                                confirmation: "pending" | "guaranteed" | "not-guaranteed";
                                confirmBy: string;
                                confirmByPushedDays: number;
                                confirmedOn: string | null;
                                chargeCents: number;
                                chargeInvoiceId: string | null;
                                report: {
                                    workDone: string;
                                    minutesSpent: number;
                                    serials: string[];
                                    attendees: string[];
                                    existingSetup: string | null;
                                    recommendations: string[];
                                } | null;
                                completedAt: string | null;
                                signedByName: string | null;
                                signedAt: string | null;
                                receivedOn: string | null;
                                invoiceId: string | null;
                                termsVersion: string;
                            };
                            events: {
                                id: string;
                                kind: string;
                                cause: string | null;
                                note: string | null;
                                occurredOn: string;
                                recordedBy: string;
                                recordedAt: string;
                            }[];
                            timeline: {
                                at: string;
                                kind: string;
                                text: {
                                    fr: string;
                                    en: string;
                                };
                                article: string | null;
                                actorName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/interventions/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intervention report PDF */
        get: {
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
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clients/{id}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance ticket balance of a client (a client: its own) */
        get: {
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
                            clientId: string;
                            balance: number;
                            movements: {
                                id: string;
                                delta: number;
                                reason: string;
                                interventionId: string | null;
                                invoiceId: string | null;
                                recordedAt: string;
                            }[];
                            tariffs: {
                                contractId: string;
                                contractLineId: string;
                                label: string;
                                unitPriceCents: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buy maintenance tickets at the contract tariff (invoiced, art. 11.2) */
        post: {
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
                        contractLineId: string;
                        quantity: number;
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
                            invoiceId: string;
                            account: {
                                clientId: string;
                                balance: number;
                                movements: {
                                    id: string;
                                    delta: number;
                                    reason: string;
                                    interventionId: string | null;
                                    invoiceId: string | null;
                                    recordedAt: string;
                                }[];
                                tariffs: {
                                    contractId: string;
                                    contractLineId: string;
                                    label: string;
                                    unitPriceCents: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What to do today for the role: overdue by ageing bucket, due this week, quotes, field work, failed e-mails, data requests, charts */
        get: {
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
                            asOf: string;
                            bounds: {
                                late30: string;
                                late60: string;
                                late90: string;
                                week: string;
                                in7: string;
                                in30: string;
                                in60: string;
                                in90: string;
                            };
                            receivables: {
                                overdue: {
                                    count: number;
                                    cents: number;
                                };
                                ageing: {
                                    count: number;
                                    cents: number;
                                }[];
                                dueThisWeek: {
                                    count: number;
                                    cents: number;
                                };
                                expected: number[];
                                overdueByClient: {
                                    clientId: string;
                                    name: string;
                                    cents: number;
                                    count: number;
                                }[];
                                monthly: {
                                    month: string;
                                    invoicedCents: number;
                                    collectedCents: number;
                                }[];
                                dunningStepsDue: {
                                    count: number;
                                };
                            } | null;
                            quotes: {
                                expiringSoon: {
                                    count: number;
                                };
                                acceptedToAcknowledge: {
                                    count: number;
                                };
                                rentalFilesAwaitingLessor: {
                                    count: number;
                                };
                            } | null;
                            operations: {
                                deliveriesToMake: {
                                    count: number;
                                };
                                interventionsToConfirm: {
                                    count: number;
                                };
                                insuranceMissing: {
                                    count: number;
                                };
                            } | null;
                            failedMails: {
                                count: number;
                            } | null;
                            dataRequestsDue: {
                                count: number;
                            } | null;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
