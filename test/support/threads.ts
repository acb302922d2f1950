import { dataOf, GqlResponse, TestApp } from './harness';
import { TestUser } from './factories';

export const CREATE_THREAD = `mutation ($input: CreateCaseThreadInput!) { createCaseThread(input: $input) { id version title body status } }`;
export const POST_COMMENT = `mutation ($input: PostCommentInput!) { postComment(input: $input) { id body kind cursor version deleted parentId } }`;

export function threadInput(programId: string, overrides: Record<string, unknown> = {}) {
  return {
    programId,
    title: 'Client K withdrew after I challenged her avoidance',
    body: 'Client K, late 20s, went quiet for most of session 6 after I named the avoidance. I felt irritated and then guilty. How do I repair this?',
    topics: ['ALLIANCE_RUPTURE', 'COUNTERTRANSFERENCE'],
    clientAlias: 'Client K',
    ...overrides,
  };
}

export async function createThread(t: TestApp, author: TestUser, programId: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return dataOf(await t.gql(CREATE_THREAD, { input: threadInput(programId, overrides) }, author.token)).createCaseThread;
}

export function postComment(t: TestApp, author: TestUser, threadId: string, body: string, extra: Record<string, unknown> = {}): Promise<GqlResponse> {
  return t.gql(POST_COMMENT, { input: { threadId, body, ...extra } }, author.token);
}
