// The language server. The transport comes from the command line: --node-ipc (VS Code), --stdio or --socket=PORT.
import "./node/regexp-compilation";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startSession } from "./lsp/session";

startSession(createConnection(ProposedFeatures.all));
