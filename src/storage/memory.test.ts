import { openSqliteStore } from "./sqlite/store.js";
import { storeConformance } from "./store.case.js";

// The in-memory store: SQLite's `:memory:` database, the quickest backend for tests of other layers.
storeConformance("memory", () => openSqliteStore(":memory:"));
