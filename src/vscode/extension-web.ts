// The web build's entry point (package.json "browser", for vscode.dev and other browser hosts): the
// engine runs in a Web Worker; no Node module is used anywhere in this bundle.
import type * as vscode from 'vscode';
import { activateTriangulate, type TriangulateApi } from './activate';
import { webEngine } from './engine-web';

export type { TriangulateApi };

export function activate(context: vscode.ExtensionContext): TriangulateApi {
  return activateTriangulate(context, webEngine);
}

/** Nothing to do: every resource is a subscription of the context. */
export function deactivate(): void {}
