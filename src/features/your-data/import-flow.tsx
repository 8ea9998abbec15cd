/**
 * The import's code on the page, loaded the first time the reader asks for it (Load your data, a
 * drop, or a pointer over the button): the dialog while a request is open, and the report of the
 * last accepted file. The host passes the requests in: this chunk imports nothing of the first
 * view's your-data modules (see load-import-flow.ts).
 */
import { ImportDialog } from './import-dialog';
import { LoadReportPanel } from './load-report';
import type { LoadRequests } from './load-requests';
import type { FlowRequests } from './use-import-flow';

export type ImportFlowProps = Pick<LoadRequests, 'request' | 'report' | 'dismissReport'> & FlowRequests;

export function ImportFlow({ request, report, dismissReport, ...requests }: ImportFlowProps) {
  return (
    <>
      {request ? <ImportDialog key={request.serial} file={request.file} {...requests} /> : null}
      {report ? <LoadReportPanel report={report} onDismiss={dismissReport} /> : null}
    </>
  );
}
