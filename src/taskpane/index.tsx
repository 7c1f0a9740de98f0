/**
 * The task pane's entry: once Office is ready, render the pane in the user's display language
 * (English → en-US, anything else → zh-CN) on the one gateway that talks to Excel.
 */
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { OfficeWorkbookGateway } from '../excel/office-gateway';
import { App } from './App';
import { pickLocale } from './strings';

function start(): Root {
  const container =
    document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const locale = pickLocale(typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined);
  document.documentElement.lang = locale;
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={new OfficeWorkbookGateway()} locale={locale} />
    </FluentProvider>,
  );
  return root;
}

/** Resolves to the React root once the pane is rendered (tests unmount it). */
export const ready: Promise<Root> = Office.onReady().then(() => start());
