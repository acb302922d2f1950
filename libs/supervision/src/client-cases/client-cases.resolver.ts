import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, CurrentContext, DomainError, RequestContext } from '@alliance/core';
import { CaseThread } from '@alliance/discussion';
import { ClientCase } from './client-case.entity';
import { ClientCasesArgs, OpenClientCaseInput, UpdateClientCaseInput } from './client-case.inputs';
import { ClientCaseConnection } from './client-case.models';
import { ClientCasesService } from './client-cases.service';

const id = new ParseUUIDPipe({ exceptionFactory: () => DomainError.badInput('Invalid id', [{ field: 'id', message: 'must be an id' }]) });

@Resolver(() => ClientCase)
export class ClientCasesResolver {
  constructor(private readonly cases: ClientCasesService) {}

  @Mutation(() => ClientCase, { description: 'For trainees: a client of yours, by alias only, that threads, check-ins and decisions attach to.' })
  openClientCase(@CurrentActor() actor: Actor, @Args('input') input: OpenClientCaseInput): Promise<ClientCase> {
    return this.cases.open(actor, input);
  }

  @Mutation(() => ClientCase, { description: 'The trainee or an assigned supervisor changes the status or the premature-ending flag.' })
  updateClientCase(@CurrentActor() actor: Actor, @Args('input') input: UpdateClientCaseInput): Promise<ClientCase> {
    return this.cases.update(actor, input);
  }

  @Query(() => ClientCaseConnection, { description: 'Your own cases, or those of the trainees assigned to you; newest first.' })
  clientCases(@CurrentActor() actor: Actor, @Args() args: ClientCasesArgs): Promise<Connection<ClientCase>> {
    return this.cases.list(actor, args);
  }

  @Query(() => ClientCase, { description: 'NOT_FOUND unless you are its trainee or a supervisor assigned to them.' })
  clientCase(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, id) clientCaseId: string): Promise<ClientCase> {
    return this.cases.get(actor, clientCaseId);
  }

  @ResolveField(() => [CaseThread], { description: 'The case’s threads you may read, most recently active first.' })
  threads(@CurrentActor() actor: Actor, @CurrentContext() context: RequestContext, @Parent() clientCase: ClientCase): Promise<CaseThread[]> {
    return this.cases.threads(context, actor, clientCase);
  }
}
