/** The ribbon's function file: the Home tab button only opens the task pane, so it only waits for Office. */
void Office.onReady();
