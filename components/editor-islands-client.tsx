'use client';
// The client components only editors see, each loaded as a chunk of its own (next/dynamic): a
// reader's page renders none of them, so a reader's browser never downloads them (about 25 KB
// of script on a claim page). An editor's page renders them on the server as before and loads
// their chunk with the page. Pages import these instead of the modules themselves, so that no
// static import puts the modules back in every reader's page chunk.
import dynamic from 'next/dynamic';

const claimEditor = () => import('./claim-editor-client');
const suggestions = () => import('./suggestions-client');

export const ClaimEditorClient = dynamic(() => claimEditor().then((m) => m.ClaimEditorClient));
export const ConfirmCellClient = dynamic(() => claimEditor().then((m) => m.ConfirmCellClient));
export const OmissionToggleClient = dynamic(() => claimEditor().then((m) => m.OmissionToggleClient));
export const RestoreButtonClient = dynamic(() => claimEditor().then((m) => m.RestoreButtonClient));
export const RestoreDeletedClaimClient = dynamic(() => claimEditor().then((m) => m.RestoreDeletedClaimClient));
export const ClaimSuggestionsLoaderClient = dynamic(() => suggestions().then((m) => m.ClaimSuggestionsLoaderClient));
export const ArticleSuggestionsLoaderClient = dynamic(() => suggestions().then((m) => m.ArticleSuggestionsLoaderClient));
export const NewClaimSuggestionsClient = dynamic(() => suggestions().then((m) => m.NewClaimSuggestionsClient));
export const ArticleMetadataEditor = dynamic(() => import('./article-metadata-client').then((m) => m.ArticleMetadataEditor));
export const OmissionsPanel = dynamic(() => import('./omissions-panel-client').then((m) => m.OmissionsPanel));
export const AnnotateSelectionForm = dynamic(() => import('./annotate-selection-form-client').then((m) => m.AnnotateSelectionForm));
