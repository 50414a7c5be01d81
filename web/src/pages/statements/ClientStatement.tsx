import { Loading, ProblemAlert } from '../../components/QueryState.tsx';
import { useStatement } from '../../data/payments.ts';
import { StatementView } from './StatementView.tsx';

/** The "Relevé de compte" tab of a client (staff). */
export function ClientStatement({ clientId }: { clientId: string }) {
  const statement = useStatement(clientId);
  if (statement.isPending) return <Loading />;
  if (statement.isError)
    return <ProblemAlert error={statement.error} onRetry={() => void statement.refetch()} testId="statement-error" />;
  return <StatementView statement={statement.data} />;
}
