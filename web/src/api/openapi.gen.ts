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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
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
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "sales" | "order-admin" | "technician" | "accounting" | "dpo" | "client";
                                clientId: string | null;
                                clientName: string | null;
                                disabled: boolean;
                                createdAt: string;
                            }[];
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
    "/api/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clients (search by name or SIREN/SIRET; a client user sees its own) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    financialStatus?: "normal" | "watch" | "prepayment-required";
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
        /** List items (filters: kind, offerLine, category, active, q; paged) */
        get: {
            parameters: {
                query?: {
                    kind?: "product" | "service";
                    offerLine?: "cybersecurity" | "telephony" | "unified-communications";
                    category?: string;
                    active?: "true" | "false";
                    q?: string;
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
        /** Latest evidence entries, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    before?: number;
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
        /** List quotes (a client user: its own, drafts excluded) */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "issued" | "accepted" | "refused" | "expired" | "superseded";
                    clientId?: string;
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
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "rental";
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            rentalMonths: number;
                            rentCents?: number;
                            maintenanceFeeCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "service";
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "rental";
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            rentalMonths: number;
                            rentCents?: number;
                            maintenanceFeeCents?: number;
                        } | {
                            /** @enum {string} */
                            kind: "service";
                            catalogueItemId: string;
                            quantity: number;
                            discountPercent?: string;
                            licensedUsers?: number;
                            unitPriceCents?: number;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
        delete?: never;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
        /** List contracts (a client user: its own; a technician: without amounts) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
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
                                };
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                                };
                                lines: {
                                    id: string;
                                    position: number;
                                    /** @enum {string} */
                                    kind: "sale" | "rental" | "service";
                                    catalogueItemId: string;
                                    sku: string;
                                    label: string;
                                    category: string;
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
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a manual invoice (indemnities, repairs, shipping re-invoiced) */
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
        /** Issue a draft: next gapless number, due date (art. 10.1), frozen, Factur-X PDF in the evidence log */
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
        /** List payments received (a client user: its own company's) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    status?: "recorded" | "reversed";
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
                                } | null;
                                contacts: {
                                    id: string;
                                    name: string;
                                    title: string | null;
                                    email: string | null;
                                    phone: string | null;
                                    isCorrespondent: boolean;
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
        /** List debit notes (a client user sees its own) */
        get: {
            parameters: {
                query?: {
                    clientId?: string;
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
                                termsVersion: string;
                                documentSha256: string;
                                createdBy: string;
                                createdAt: string;
                            }[];
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
    "/api/sepa/collection-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the pain.008.001.02 file collecting the open direct-debit invoices due by the collection date (FRST/RCUR, CORE); clients without a usable mandate are skipped and listed; writes nothing */
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
                        collectionDate: string;
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
                            filename: string;
                            xml: string;
                            collectionDate: string;
                            /** @enum {string} */
                            scheme: "CORE";
                            count: number;
                            totalCents: number;
                            sequences: {
                                FRST: number;
                                RCUR: number;
                            };
                            skipped: {
                                invoiceId: string;
                                number: string | null;
                                clientName: string;
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
