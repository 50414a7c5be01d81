import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Db } from './database.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_clause_engine.ts';
import * as m0004 from './migrations/0004_clients_catalogue.ts';
import * as m0003 from './migrations/0003_outbox.ts';
import * as m0005 from './migrations/0005_quotes_contracts.ts';
import * as m0006 from './migrations/0006_invoicing.ts';
import * as m0007 from './migrations/0007_late_payment.ts';
import * as m0008 from './migrations/0008_billing.ts';
import * as m0009 from './migrations/0009_evidence_object_order.ts';
import * as m0010 from './migrations/0010_organisation_versions.ts';
import * as m0011 from './migrations/0011_client_versions.ts';
import * as m0012 from './migrations/0012_mail_delivery.ts';
import * as m0013 from './migrations/0013_least_privilege.ts';
import * as m0014 from './migrations/0014_equipment.ts';
import * as m0015 from './migrations/0015_interventions.ts';
import * as m0016 from './migrations/0016_contract_lifecycle.ts';
import * as m0017 from './migrations/0017_bank_formats.ts';
import * as m0018 from './migrations/0018_personal_data.ts';
import * as m0019 from './migrations/0019_search_keys.ts';
import * as m0020 from './migrations/0020_sepa_mandates.ts';
import * as m0021 from './migrations/0021_subject_restrictions.ts';
import * as m0022 from './migrations/0022_technician_hours.ts';
import * as m0023 from './migrations/0023_rental_period_start.ts';
import * as m0025 from './migrations/0025_dashboard_indexes.ts';
import * as m0026 from './migrations/0026_equipment_units_by_contract.ts';
import * as m0030 from './migrations/0030_dashboard_figure_indexes.ts';
import * as m0031 from './migrations/0031_free_text_lines.ts';
import * as m0032 from './migrations/0032_organisation_logos.ts';
import * as m0029 from './migrations/0029_list_keys.ts';
import * as m0033 from './migrations/0033_evidence_write_path.ts';
import * as m0034 from './migrations/0034_status_change_reason_languages.ts';
import * as m0035 from './migrations/0035_reference_versions.ts';

/** Every migration, in order. Add a file and a line here; never edit a released migration. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_clause_engine': m0002,
  '0004_clients_catalogue': m0004,
  '0003_outbox': m0003,
  '0005_quotes_contracts': m0005,
  '0006_invoicing': m0006,
  '0007_late_payment': m0007,
  '0008_billing': m0008,
  '0009_evidence_object_order': m0009,
  '0010_organisation_versions': m0010,
  '0011_client_versions': m0011,
  '0012_mail_delivery': m0012,
  '0013_least_privilege': m0013,
  '0014_equipment': m0014,
  '0015_interventions': m0015,
  '0016_contract_lifecycle': m0016,
  '0017_bank_formats': m0017,
  '0018_personal_data': m0018,
  '0019_search_keys': m0019,
  '0020_sepa_mandates': m0020,
  '0021_subject_restrictions': m0021,
  '0022_technician_hours': m0022,
  '0023_rental_period_start': m0023,
  '0025_dashboard_indexes': m0025,
  '0026_equipment_units_by_contract': m0026,
  '0030_dashboard_figure_indexes': m0030,
  '0031_free_text_lines': m0031,
  '0032_organisation_logos': m0032,
  '0029_list_keys': m0029,
  '0033_evidence_write_path': m0033,
  '0034_status_change_reason_languages': m0034,
  '0035_reference_versions': m0035,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** The migrator of this database; on PostgreSQL its bookkeeping lives in the current schema. */
async function migratorOf(db: Db): Promise<Migrator> {
  // Named explicitly: Kysely would otherwise find another schema's tables (tests run one schema
  // per file side by side).
  let migrationTableSchema: string | undefined;
  if (db.getExecutor().adapter.supportsTransactionalDdl) {
    const row = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = row.rows[0]?.schema;
  }
  return new Migrator({ db, provider, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
}

function appliedNames(result: Awaited<ReturnType<Migrator['migrateToLatest']>>): string[] {
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Brings the schema to the latest migration; returns the names applied now. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  return appliedNames(await (await migratorOf(db)).migrateToLatest());
}

/** Brings the schema up to `name` included, as an earlier release left it (tests of a migration's data step). */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  return appliedNames(await (await migratorOf(db)).migrateTo(name));
}
