/**
 * The salary template's view: women's pay in percent of men's per befattning, the directive's
 * report, and under a payroll the form of its pay-info action (Art. 7).
 */
import { PayChart } from "./PayChart";
import { PayInfoForm, TransparencyView } from "./Transparency";
import { defineView } from "../registry";

export const salaryView = defineView("salary", ({ report, t, actions, act, busy }) => (
  <>
    {report.result.positions.length > 0 && <PayChart result={report.result} t={t} />}
    {report.result.transparency && <TransparencyView result={report.result.transparency} t={t} />}
    {act && actions.includes("pay-info") && (
      <PayInfoForm
        sheet={report.sheet}
        t={t}
        busy={busy}
        onAsk={(sheet, request, asked) =>
          act(sheet, "pay-info", {
            ...("employee" in request ? { "--employee": request.employee } : { "--row": String(request.row) }),
            ...(asked ? { "--asked": asked } : {}),
          })
        }
      />
    )}
  </>
));
