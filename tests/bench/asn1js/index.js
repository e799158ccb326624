// The stand-in page's script (see index.html): decode what is pasted,
// typed, picked or dropped, as asn1js's page does, with the package's
// modules. Written for certscope's benchmark, not copied from asn1js.
import { ASN1DOM } from './dom.js';
import { Base64 } from './base64.js';
import { Hex } from './hex.js';
import { Defs } from './defs.js';

const byId = (id) => document.getElementById(id);
const tree = byId('tree');
const dump = byId('dump');
const area = byId('area');
const file = byId('file');
const wantHex = byId('wantHex');
const trimHex = byId('trimHex');
const wantDef = byId('wantDef');
const reHex = /^\s*(?:[0-9A-Fa-f][0-9A-Fa-f]\s*)+$/;

function decode(der) {
  tree.textContent = '';
  dump.textContent = '';
  try {
    const asn1 = ASN1DOM.decode(der);
    if (wantDef.checked) {
      // The common type whose definition recognises most of the tree.
      let best = null;
      for (const type of Defs.commonTypes) {
        const stats = Defs.match(asn1, type);
        const score = stats.recognized / stats.total;
        if (!best || score > best.score) best = { type, score };
      }
      if (best) Defs.match(asn1, best.type);
    }
    tree.append(asn1.toDOM());
    if (wantHex.checked) dump.append(asn1.toHexDOM(undefined, trimHex.checked));
  } catch (e) {
    tree.textContent = String(e);
  }
}

function decodeText(text) {
  try {
    decode(reHex.test(text) ? Hex.decode(text) : Base64.unarmor(text));
  } catch (e) {
    tree.textContent = String(e);
    dump.textContent = '';
  }
}

function read(f) {
  const reader = new FileReader();
  reader.onloadend = () => {
    if (reader.error) tree.textContent = 'Cannot read the file: ' + reader.error;
    else decode(new Uint8Array(reader.result));
  };
  reader.readAsArrayBuffer(f);
}

area.addEventListener('input', () => decodeText(area.value));
byId('butDecode').addEventListener('click', () => decodeText(area.value));
byId('butClear').addEventListener('click', () => { area.value = ''; tree.textContent = ''; dump.textContent = ''; });
file.addEventListener('change', () => { if (file.files.length) read(file.files[0]); });
const stop = (e) => { e.stopPropagation(); e.preventDefault(); };
document.addEventListener('dragover', stop);
document.addEventListener('dragleave', stop);
document.addEventListener('drop', (e) => { stop(e); if (e.dataTransfer.files.length) read(e.dataTransfer.files[0]); });
