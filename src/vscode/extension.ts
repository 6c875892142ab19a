// The desktop build's entry point (package.json "main"): the engine runs in a Node worker thread.
import type * as vscode from 'vscode';
import { activateTriangulate, type TriangulateApi } from './activate';
import { nodeEngine } from './engine-node';

export type { TriangulateApi };

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  return activateTriangulate(context, nodeEngine);
}

/** Nothing to do: every resource is a subscription of the context. */
export function deactivate(): void {}
