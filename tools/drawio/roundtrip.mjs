#!/usr/bin/env node
// Round trip of .drawio files through mxGraph's own codec, headless: each file's mxGraphModel is decoded by
// mxCodec into an mxGraphModel, checked (every edge's ends and every cell's parent resolve to decoded cells,
// geometries decoded), validated by an mxGraph view, encoded again, decoded again and compared cell by cell.
// Prints one JSON line per file: {"file", "cells", "vertices", "edges", "problems": [...]}; exit 1 on any problem.
// Usage: node tools/drawio/roundtrip.mjs FILE.drawio...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body><div id="graph"></div></body></html>');
for (const name of ['window', 'document', 'navigator', 'location', 'XMLSerializer', 'DOMParser', 'Node', 'Element', 'XMLHttpRequest']) {
  if (!(name in globalThis) || ['window', 'document', 'navigator', 'location'].includes(name)) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
  }
}
const mx = require('mxgraph')({ mxLoadResources: false, mxLoadStylesheets: false, mxForceIncludes: false, mxResourceExtension: '.txt' });
const { mxCodec, mxGraphModel, mxGraph, mxUtils, mxGeometry } = mx;
// mxCodec finds classes by name on window, as in a browser.
for (const [k, v] of Object.entries(mx)) dom.window[k] = v;

function decode(xmlText) {
  const doc = mxUtils.parseXml(xmlText);
  const root = doc.documentElement;
  if (root.nodeName !== 'mxfile') throw new Error('root element is ' + root.nodeName);
  const diagram = [...root.childNodes].find((n) => n.nodeName === 'diagram');
  if (!diagram) throw new Error('no diagram element');
  const node = [...diagram.childNodes].find((n) => n.nodeName === 'mxGraphModel');
  if (!node) throw new Error('diagram holds no uncompressed mxGraphModel');
  const model = new mxGraphModel();
  new mxCodec(doc).decode(node, model);
  return model;
}

function describe(model) {
  const cells = Object.values(model.cells);
  const out = new Map();
  for (const c of cells) {
    const g = c.geometry;
    out.set(c.id, {
      value: c.value == null ? null : String(c.value),
      style: c.style ?? null,
      vertex: !!c.vertex,
      edge: !!c.edge,
      parent: c.parent ? c.parent.id : null,
      source: c.source ? c.source.id : null,
      target: c.target ? c.target.id : null,
      geometry: g ? [g.x, g.y, g.width, g.height, !!g.relative, (g.points || []).map((p) => [p.x, p.y])] : null,
    });
  }
  return out;
}

function check(model, problems) {
  const cells = Object.values(model.cells);
  for (const c of cells) {
    if (c.id !== '0' && (c.parent == null || model.getCell(c.parent.id) !== c.parent)) problems.push(c.id + ': parent did not decode');
    if (c.vertex) {
      if (!(c.geometry instanceof mxGeometry)) problems.push(c.id + ': vertex without geometry');
      else if (![c.geometry.x, c.geometry.y, c.geometry.width, c.geometry.height].every(Number.isFinite)) problems.push(c.id + ': geometry not numeric');
      else if (c.geometry.width <= 0 || c.geometry.height <= 0) problems.push(c.id + ': empty geometry');
    }
    if (c.edge) {
      if (!c.source || !c.source.vertex) problems.push(c.id + ': source did not decode to a vertex');
      if (!c.target || !c.target.vertex) problems.push(c.id + ': target did not decode to a vertex');
      if (!(c.geometry instanceof mxGeometry) || !c.geometry.relative) problems.push(c.id + ': edge without relative geometry');
      if (c.source && !(c.source.edges || []).includes(c)) problems.push(c.id + ': not registered on its source');
    }
  }
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const problems = [];
  let summary = { file, cells: 0, vertices: 0, edges: 0 };
  try {
    const model = decode(readFileSync(file, 'utf8'));
    check(model, problems);
    const cells = Object.values(model.cells);
    summary = { file, cells: cells.length, vertices: cells.filter((c) => c.vertex).length, edges: cells.filter((c) => c.edge).length };
    // The view lays out every cell and edge (terminal points, routes) the way draw.io's canvas does.
    const graph = new mxGraph(dom.window.document.getElementById('graph'), model);
    graph.view.validate();
    for (const c of cells.filter((c) => c.edge)) {
      const state = graph.view.getState(c);
      if (!state || !state.absolutePoints || state.absolutePoints.length < 2 || state.absolutePoints.some((p) => p == null)) {
        problems.push(c.id + ': the view could not route the edge');
      }
    }
    graph.destroy();
    // Encode as draw.io saves, decode again: nothing may change.
    const encoded = mxUtils.getXml(new mxCodec(mxUtils.createXmlDocument()).encode(model));
    const again = decode('<mxfile><diagram>' + encoded + '</diagram></mxfile>');
    const a = describe(model);
    const b = describe(again);
    if (a.size !== b.size) problems.push(`round trip changed the number of cells: ${a.size} -> ${b.size}`);
    for (const [id, cell] of a) {
      if (JSON.stringify(cell) !== JSON.stringify(b.get(id))) problems.push(id + ': changed in the round trip');
    }
  } catch (e) {
    problems.push(String(e && e.stack ? e.stack.split('\n')[0] : e));
  }
  if (problems.length) failed = true;
  console.log(JSON.stringify({ ...summary, problems }));
}
process.exit(failed ? 1 : 0);
