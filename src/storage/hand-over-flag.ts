/**
 * Whether this browser tab has the counter tablet handed to a patient. Kept for the tab's session
 * only (sessionStorage): a reload, or a patient pulling the page down, stays in the locked view;
 * closing the tab and opening the counter again starts with staff (the documented way out when
 * the staff code is forgotten). Nothing about the patient is in it.
 */
const KEY = 'uketsuke:counter:handed-over';

export function keepHandOver(handedOver: boolean): void {
  try {
    if (handedOver) window.sessionStorage.setItem(KEY, '1');
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused: a reload then opens with staff, which is the safe side for staff.
  }
}

export function isHandedOver(): boolean {
  try {
    return window.sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}
