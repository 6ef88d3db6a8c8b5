import { controls } from '../../styles/controls.js';
import { content } from '../../styles/panel.js';
import { tokens } from '../../styles/tokens.js';
import { editorStyles } from '../shared/partner-card.styles.js';
import { themeStyles } from '../shared/theme-input.js';

export const styles = [tokens, controls, content, themeStyles, editorStyles];
