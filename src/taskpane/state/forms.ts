// The forms of a workbook of several (issue 13): the list the pane shows, and the evaluation of the one picked.
import { type Evaluation, formView } from "../../engine";

/** The evaluation the screens show: the whole one, or one form's alone when a form is picked and still there. */
export function shownEvaluation(e: Evaluation, formId: string | null): Evaluation {
  if (formId === null || e.forms.length < 2) return e;
  const form = e.forms.find((f) => f.id === formId);
  return form ? formView(e, form) : e;
}
