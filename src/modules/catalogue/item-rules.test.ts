import { describe, expect, it } from 'vitest';
import { checkItemShape, type ItemShape } from './item-rules.ts';

const hardware: ItemShape = {
  kind: 'product',
  category: 'firewall',
  offerLine: 'cybersecurity',
  solutionKind: 'hardware',
  rentable: true,
  monthlyRentCents: 2900,
  maintenanceFeeCents: 900,
  warrantyMonths: 12,
  licenceUsers: null,
  lateCancellationIndemnityCents: null,
  offHoursSurchargePercent: null,
};
const solution: ItemShape = {
  ...hardware,
  category: 'log-storage',
  solutionKind: 'virtualized',
  rentable: false,
  monthlyRentCents: null,
  maintenanceFeeCents: null,
  warrantyMonths: null,
  licenceUsers: 25,
};
const service: ItemShape = {
  kind: 'service',
  category: 'installation',
  offerLine: null,
  solutionKind: null,
  rentable: false,
  monthlyRentCents: null,
  maintenanceFeeCents: null,
  warrantyMonths: null,
  licenceUsers: null,
  lateCancellationIndemnityCents: 25000,
  offHoursSurchargePercent: '50',
};
const paths = (item: ItemShape) => checkItemShape(item).map((e) => e.path);

describe('catalogue item coherence', () => {
  it('accepts rentable hardware, a licensed solution and a service', () => {
    expect(paths(hardware)).toEqual([]);
    expect(paths(solution)).toEqual([]);
    expect(paths(service)).toEqual([]);
  });

  it('needs a positive monthly rent on a rentable product, and no rent otherwise', () => {
    expect(paths({ ...hardware, monthlyRentCents: null })).toEqual(['monthlyRentCents']);
    expect(paths({ ...hardware, monthlyRentCents: 0 })).toEqual(['monthlyRentCents']);
    expect(paths({ ...hardware, rentable: false })).toEqual(['monthlyRentCents', 'maintenanceFeeCents']);
    expect(paths({ ...hardware, maintenanceFeeCents: null })).toEqual([]);
  });

  it('licenses virtualized solutions per user and never rents them', () => {
    expect(paths({ ...solution, licenceUsers: null })).toEqual(['licenceUsers']);
    expect(paths({ ...solution, rentable: true, monthlyRentCents: 100 })).toEqual(['rentable']);
    expect(paths({ ...hardware, licenceUsers: 5 })).toEqual(['licenceUsers']);
  });

  it('places a product in an offer line and a kind of solution', () => {
    expect(paths({ ...hardware, offerLine: null, solutionKind: null })).toEqual(['offerLine', 'solutionKind']);
  });

  it('keeps product and service fields apart', () => {
    expect(paths({ ...hardware, offHoursSurchargePercent: '50' })).toEqual(['offHoursSurchargePercent']);
    expect(paths({ ...service, warrantyMonths: 12, rentable: true })).toEqual(['warrantyMonths', 'rentable']);
    expect(paths({ ...service, category: 'firewall' })).toEqual(['category']);
  });
});
