// Leaflet 1.9.4's ES module sources have no types of their own; leaflet-lite.ts gives them the types of @types/leaflet.
declare module 'leaflet/src/*';
