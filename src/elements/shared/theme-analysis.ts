import { analyseThemesWith } from '../../model/derived.js';
import { matchGetsAndBrings, suggestThemes, taggedThemes } from '../../model/themes.js';

// Gives the workshop's derived data its theme analysis. The elements that
// show themes import this module, so the analysis loads with them and not
// with the store in the standalone file's first download.
analyseThemesWith({ matchGetsAndBrings, suggestThemes, taggedThemes });
