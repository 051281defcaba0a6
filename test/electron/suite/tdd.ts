// The functions of Mocha's "tdd" interface, as Mocha hands them to a suite file.
import type Mocha from 'mocha';

export interface Tdd {
  suite: Mocha.SuiteFunction;
  test: Mocha.TestFunction;
  suiteSetup: Mocha.HookFunction;
  suiteTeardown: Mocha.HookFunction;
  setup: Mocha.HookFunction;
  teardown: Mocha.HookFunction;
}
