// dom.js imports bindContextMenu from './context.js', a file the npm
// package does not ship (asn1js's page uses it for a right-click menu,
// which this stand-in leaves out): a no-op so dom.js loads.
export function bindContextMenu() {}
