/** The Excel front end's public surface: the gateway interface, its Office.js implementation, live checking. */
export * from './gateway';
export {
  OfficeWorkbookGateway,
  officeHost,
  type OfficeHost,
  type OfficeGatewayOptions,
} from './office-gateway';
export {
  startLiveCheck,
  tablesTouched,
  type ChangedSheet,
  type LiveCheck,
  type LiveCheckOptions,
} from './live-check';
export { SEVERITY_STYLE, MARKS_KEY, SETTINGS_KEY } from './marks';
