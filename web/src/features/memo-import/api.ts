/** The memo import: a memo file read into a proposed plan (nothing saved), and a confirmed proposal saved. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { MemoApplyResult } from '../../api/types';
import type { MemoProposal as Proposal } from '../../../../src/schemas/memo-import';

export type { Proposal };

/** The file types the server reads, told by the file name when the browser does not know the type. */
function typed(file: File): Blob {
  if (file.type) return file;
  const lower = file.name.toLowerCase();
  const type = lower.endsWith('.pdf')
    ? 'application/pdf'
    : lower.endsWith('.docx')
      ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
      : lower.endsWith('.txt')
        ? 'text/plain'
        : 'application/octet-stream';
  return new Blob([file], { type });
}

/** Read a memo file into a proposal. */
export function useReadMemo() {
  return useMutation({
    mutationFn: (v: { file: File; asOf: string; slug: string }) =>
      api.post<Proposal>(
        `/memo-imports/file${query({ asOf: v.asOf || undefined, slug: v.slug || undefined })}`,
        typed(v.file),
      ),
  });
}

/** Save a confirmed proposal as a new plan. */
export function useApplyProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: Proposal) => api.post<MemoApplyResult>('/memo-imports/apply', p),
    onSuccess: () => qc.invalidateQueries(),
  });
}
