import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';

/** No list answers with more than this many nodes, whatever `first` asks for. */
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `first` / `after` of every Relay-style list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'An opaque cursor from an earlier page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Declares the GraphQL `XConnection` and `XEdge` types for a node type.
 *
 * @example
 *   @ObjectType() export class CaseThreadConnection extends ConnectionType(CaseThread) {}
 */
export function ConnectionType<T>(nodeType: Type<T>): Type<Connection<T>> {
  @ObjectType(`${nodeType.name}Edge`, { isAbstract: true })
  abstract class EdgeType {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionBase {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionBase as unknown as Type<Connection<T>>;
}

/** A keyset position: the sort value of the last row seen and its id as a tie-breaker. */
export interface KeysetCursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** @throws DomainError BAD_USER_INPUT when the cursor was not made by {@link encodeCursor}. */
export function decodeCursor(value: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return { key: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // fall through to the typed error
  }
  throw DomainError.badInput('The cursor is not valid', [{ field: 'after', message: 'is not a cursor from this list' }]);
}

/**
 * Builds a connection from rows fetched with `limit first + 1`: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => KeysetCursor): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
