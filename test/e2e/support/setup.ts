// The before hook every end-to-end file needs: the prepared editor, a session on a fresh copy of
// the workspace, the workbench loaded; a failure leaves its screenshot and logs under
// test-results/e2e/<name>-setup/.

import { EditorSession, ensureEditorPrepared } from './session';
import { Workbench } from './workbench';

export interface EditorSetup {
  /** Runs after the workspace is copied and before the workbench loads (settings that must hold from the start). */
  beforeLoad?(session: EditorSession): void;
  /** A `.code-workspace` file of the workspace to open instead of its folder. */
  workspaceFile?: string;
  /** Runs once the workbench shows, still under the setup's failure record. */
  afterLoad?(bench: Workbench): Promise<void>;
}

export async function openEditor(name: string, files: Record<string, string>, setup: EditorSetup = {}): Promise<{ session: EditorSession; bench: Workbench }> {
  await ensureEditorPrepared();
  const failure = `${name} setup`;
  EditorSession.clearFailure(failure);
  const session = await EditorSession.start(name, files);
  setup.beforeLoad?.(session);
  const bench = new Workbench(session.page);
  try {
    await session.openWorkbench(90_000, setup.workspaceFile);
    await setup.afterLoad?.(bench);
  } catch (error) {
    throw await session.recordFailure(failure, error);
  }
  return { session, bench };
}
