import { mount } from 'svelte';
// The Arabic and Latin subsets only: the near-empty Cyrillic one is small enough for Vite to
// inline as a data: URL, which a strict Content-Security-Policy (font-src 'self') refuses.
import '@fontsource/ibm-plex-sans-arabic/arabic-400.css';
import '@fontsource/ibm-plex-sans-arabic/arabic-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-600.css';
import '@fontsource/ibm-plex-sans-arabic/latin-ext-400.css';
import '@fontsource/ibm-plex-sans-arabic/latin-ext-600.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (target) mount(App, { target });
