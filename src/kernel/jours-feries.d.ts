// The package ships plain CommonJS without types: it maps holiday names to local-midnight Dates.
declare module '@socialgouv/jours-feries' {
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
