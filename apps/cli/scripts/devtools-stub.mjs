// @ts-check
// Stand-in for react-devtools-core, which Ink imports only when DEV=true (never in this bundle).
export default { initialize() {}, connectToDevTools() {} };
