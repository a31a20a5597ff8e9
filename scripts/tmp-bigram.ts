import { EmbeddedSearchEngine } from "../app/modules/search/embedded-engine.server";
import { SCENARIO_INDEX, INDEX_SETTINGS } from "../app/modules/search/indexes";
const e: any = new (EmbeddedSearchEngine as any)();
console.log(Object.keys(INDEX_SETTINGS ?? {}));
