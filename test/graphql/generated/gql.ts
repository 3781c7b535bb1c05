/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation OwnFilesUpload($input: UploadFileInput!) { uploadFile(input: $input) { file { id openaiId filename downloadUrl } } }": typeof types.OwnFilesUploadDocument,
    "\n  query OwnFilesLookups($id: ID!) {\n    node(id: $id) { id ... on File { filename } }\n    nodes(ids: [$id]) { id }\n    files(first: 100) { nodes { id filename } }\n  }\n": typeof types.OwnFilesLookupsDocument,
    "mutation OwnFilesDelete($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": typeof types.OwnFilesDeleteDocument,
    "mutation OwnFilesThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId } } }": typeof types.OwnFilesThreadDocument,
    "\n  query OwnFilesCitations($id: ID!) {\n    thread(id: $id) { messages { nodes { content { ... on TextContent { annotations { ... on FileCitationAnnotation { fileId file { id filename } } } } } } } }\n  }\n": typeof types.OwnFilesCitationsDocument,
    "mutation OwnFilesMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id files { nodes { file { filename } } } } } }": typeof types.OwnFilesMessageDocument,
    "mutation OwnFilesAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }": typeof types.OwnFilesAssistantDocument,
    "mutation OwnFilesAttach($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }": typeof types.OwnFilesAttachDocument,
    "query OwnFilesAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { file { id filename downloadUrl } } } } }": typeof types.OwnFilesAssistantFilesDocument,
    "query AuthViewer { viewer { kind issuer subject isAdmin } }": typeof types.AuthViewerDocument,
    "subscription AuthFollowRun($id: ID!) { run(id: $id) { id status } }": typeof types.AuthFollowRunDocument,
    "mutation OwnCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }": typeof types.OwnCreateAssistantDocument,
    "mutation OwnUpdateAssistant($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { id name } } }": typeof types.OwnUpdateAssistantDocument,
    "mutation OwnDeleteAssistant($input: DeleteAssistantInput!) { deleteAssistant(input: $input) { deletedAssistantId } }": typeof types.OwnDeleteAssistantDocument,
    "mutation OwnCreateAssistantFile($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }": typeof types.OwnCreateAssistantFileDocument,
    "mutation OwnDeleteAssistantFile($input: DeleteAssistantFileInput!) { deleteAssistantFile(input: $input) { deletedAssistantFileId } }": typeof types.OwnDeleteAssistantFileDocument,
    "query OwnAssistant($id: ID!) { assistant(id: $id) { id } }": typeof types.OwnAssistantDocument,
    "\n  mutation OwnCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { thread { id openaiId metadata messages { nodes { id } } } }\n  }\n": typeof types.OwnCreateThreadDocument,
    "mutation OwnUpdateThread($input: UpdateThreadInput!) { updateThread(input: $input) { thread { id metadata } } }": typeof types.OwnUpdateThreadDocument,
    "mutation OwnDeleteThread($input: DeleteThreadInput!) { deleteThread(input: $input) { deletedThreadId } }": typeof types.OwnDeleteThreadDocument,
    "mutation OwnCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id } } }": typeof types.OwnCreateMessageDocument,
    "mutation OwnUpdateMessage($input: UpdateMessageInput!) { updateMessage(input: $input) { message { id } } }": typeof types.OwnUpdateMessageDocument,
    "mutation OwnCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }": typeof types.OwnCreateRunDocument,
    "mutation OwnUpdateRun($input: UpdateRunInput!) { updateRun(input: $input) { run { id } } }": typeof types.OwnUpdateRunDocument,
    "mutation OwnCancelRun($input: CancelRunInput!) { cancelRun(input: $input) { run { id } } }": typeof types.OwnCancelRunDocument,
    "mutation OwnSubmitOutputs($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { id } } }": typeof types.OwnSubmitOutputsDocument,
    "\n  query OwnLookups($thread: ID!, $raw: ID!, $message: ID!, $run: ID!) {\n    node(id: $thread) { id }\n    nodes(ids: [$thread, $message, $run]) { id }\n    thread(id: $raw) { id activeRun { id } runs { nodes { id } } }\n  }\n": typeof types.OwnLookupsDocument,
    "subscription OwnFollowRun($id: ID!) { run(id: $id) { id status } }": typeof types.OwnFollowRunDocument,
    "subscription OwnRunEvents($input: CreateRunInput!) { runEvents(input: $input) { event } }": typeof types.OwnRunEventsDocument,
    "\n  subscription OwnThreadAndRunEvents($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { event ... on ThreadCreatedEvent { thread { metadata } } }\n  }\n": typeof types.OwnThreadAndRunEventsDocument,
    "query OwnViewerThreads { viewer { subject threads(first: 50) { nodes { id } } } }": typeof types.OwnViewerThreadsDocument,
    "query OwnNode($id: ID!) { node(id: $id) { id } }": typeof types.OwnNodeDocument,
    "query BudgetAssistants { assistants(first: 1) { nodes { id } } }": typeof types.BudgetAssistantsDocument,
    "\n  mutation BudgetThreadThenRun($run: CreateThreadAndRunInput!) {\n    createThread(input: {}) { thread { id } }\n    createThreadAndRun(input: $run) { run { id } }\n  }\n": typeof types.BudgetThreadThenRunDocument,
    "\n  subscription BudgetThreadAndRunEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }\n": typeof types.BudgetThreadAndRunEventsDocument,
    "\n    query ClientsAssistantTools($id: ID!) {\n      assistant(id: $id) {\n        id\n        tools {\n          ... on FunctionTool { function { name } }\n          ... on Tool { type }\n        }\n      }\n    }\n  ": typeof types.ClientsAssistantToolsDocument,
    "\n    query ClientsAssistantsPage($first: Int!, $after: String) {\n      assistants(first: $first, after: $after, order: ASC) {\n        edges { cursor node { id name } }\n        nodes { id name }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  ": typeof types.ClientsAssistantsPageDocument,
    "mutation GatewaysRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }": typeof types.GatewaysRunDocument,
    "\n  fragment AssistantsAssistantFields on Assistant {\n    id openaiId createdAt name description model instructions fileIds metadata\n    tools {\n      __typename type\n      ... on FunctionTool { function { name description parameters } }\n    }\n  }\n": typeof types.AssistantsAssistantFieldsFragmentDoc,
    "mutation AssistantsCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }": typeof types.AssistantsCreateDocument,
    "mutation AssistantsUpdate($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }": typeof types.AssistantsUpdateDocument,
    "mutation AssistantsDelete($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": typeof types.AssistantsDeleteDocument,
    "query AssistantsAssistantAndNode($id: ID!) { assistant(id: $id) { id openaiId name } node(id: $id) { id } }": typeof types.AssistantsAssistantAndNodeDocument,
    "query AssistantsLookup($id: ID!) { assistant(id: $id) { id openaiId name } }": typeof types.AssistantsLookupDocument,
    "query AssistantsAfterDelete($id: ID!, $raw: ID!) { assistant(id: $id) { id } raw: assistant(id: $raw) { id } node(id: $id) { id } }": typeof types.AssistantsAfterDeleteDocument,
    "fragment BatchingRunFields on Run { id openaiId status createdAt metadata assistant { id } thread { id } }": typeof types.BatchingRunFieldsFragmentDoc,
    "query BatchingRun($id: ID!) { node(id: $id) { ... on Run { ...BatchingRunFields } } }": typeof types.BatchingRunDocument,
    "query BatchingRuns($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { ...BatchingRunFields } } }": typeof types.BatchingRunsDocument,
    "query BatchingAnyNode($id: ID!) { node(id: $id) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }": typeof types.BatchingAnyNodeDocument,
    "query BatchingAnyNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }": typeof types.BatchingAnyNodesDocument,
    "query BatchingThreadPage($id: ID!) { thread(id: $id) { id messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }": typeof types.BatchingThreadPageDocument,
    "query BatchingThreadPageWithDate($id: ID!) { thread(id: $id) { id createdAt messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }": typeof types.BatchingThreadPageWithDateDocument,
    "mutation BatchingCreateThread { createThread(input: {}) { thread { id openaiId } } }": typeof types.BatchingCreateThreadDocument,
    "mutation BatchingCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }": typeof types.BatchingCreateRunDocument,
    "query BatchingRunIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { id } } }": typeof types.BatchingRunIdsDocument,
    "query BatchingMessageRuns($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { run { openaiId } } } } }": typeof types.BatchingMessageRunsDocument,
    "query BatchingTwoRuns($id: ID!) { thread(id: $id) { a: run(id: \"run_1\") { id } b: run(id: \"run_2\") { id } } }": typeof types.BatchingTwoRunsDocument,
    "query BatchingNodeId($id: ID!) { node(id: $id) { id } }": typeof types.BatchingNodeIdDocument,
    "query BatchingRunsFromGets($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId } } }": typeof types.BatchingRunsFromGetsDocument,
    "query BatchingThreadMessages($id: ID!) { thread(id: $id) { id messages(first: 5) { nodes { id } } } }": typeof types.BatchingThreadMessagesDocument,
    "query BatchingRunStatuses($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId status } } }": typeof types.BatchingRunStatusesDocument,
    "\n  fragment CodeInterpreterLinkedFile on File { id openaiId filename purpose downloadUrl }\n": typeof types.CodeInterpreterLinkedFileFragmentDoc,
    "\n  mutation CodeInterpreterCreateRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { id } } } }\n": typeof types.CodeInterpreterCreateRunDocument,
    "\n  query CodeInterpreterRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        steps(order: ASC) {\n          nodes {\n            id\n            stepDetails {\n              __typename\n              ... on ToolCallsStepDetails {\n                toolCalls {\n                  __typename id\n                  ... on CodeInterpreterToolCall {\n                    input\n                    outputs {\n                      __typename\n                      ... on CodeInterpreterLogs { logs }\n                      ... on CodeInterpreterImage { fileId file { ...CodeInterpreterLinkedFile } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        thread {\n          messages(order: DESC, first: 1) {\n            nodes {\n              fileIds\n              content {\n                __typename\n                ... on TextContent { value annotations { __typename ... on FilePathAnnotation { text fileId file { ...CodeInterpreterLinkedFile } } } }\n                ... on ImageFileContent { fileId downloadUrl file { ...CodeInterpreterLinkedFile } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CodeInterpreterRunDocument,
    "\n  fragment CodeInterpreterStreamedEvent on RunEvent {\n    __typename\n    event\n    ... on RunStepEvent {\n      step { stepDetails { ... on ToolCallsStepDetails { toolCalls { ... on CodeInterpreterToolCall { input outputs { ... on CodeInterpreterImage { file { openaiId } } } } } } } }\n    }\n    ... on RunStepDeltaEvent {\n      toolCalls { type codeInterpreter { input outputs { index type logs imageFileId imageFile { ...CodeInterpreterLinkedFile } } } }\n    }\n    ... on MessageDeltaEvent {\n      content {\n        __typename\n        ... on TextContentDelta { value annotations { type fileId file { ...CodeInterpreterLinkedFile } } }\n        ... on ImageFileContentDelta { fileId downloadUrl file { openaiId } }\n      }\n    }\n  }\n": typeof types.CodeInterpreterStreamedEventFragmentDoc,
    "\n  subscription CodeInterpreterStreamedRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...CodeInterpreterStreamedEvent } }\n": typeof types.CodeInterpreterStreamedRunDocument,
    "mutation FilesCreateAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id openaiId } } }": typeof types.FilesCreateAssistantDocument,
    "mutation FilesAttach($a: ID!, $f: String!) { createAssistantFile(input: {assistantId: $a, fileId: $f}) { assistantFile { id openaiId createdAt assistant { id fileIds } } } }": typeof types.FilesAttachDocument,
    "mutation FilesEmptyThread { createThread(input: {}) { thread { id openaiId } } }": typeof types.FilesEmptyThreadDocument,
    "query FilesAssistantFileNode($id: ID!) { node(id: $id) { __typename id ... on AssistantFile { openaiId assistant { id } } } }": typeof types.FilesAssistantFileNodeDocument,
    "query FilesAssistantFiles($a: ID!) { assistant(id: $a) {\n          fileIds\n          asc: files(order: ASC) { nodes { openaiId } }\n          desc: files { nodes { openaiId } pageInfo { hasNextPage } }\n          page: files(first: 2, order: ASC) { edges { node { openaiId } } pageInfo { hasNextPage endCursor } }\n        } }": typeof types.FilesAssistantFilesDocument,
    "query FilesNextPage($a: ID!, $c: String) { assistant(id: $a) { files(first: 2, order: ASC, after: $c) { nodes { openaiId } pageInfo { hasNextPage } } } }": typeof types.FilesNextPageDocument,
    "query FilesFileIds($a: ID!) { assistant(id: $a) { files(order: ASC) { nodes { id openaiId } } } }": typeof types.FilesFileIdsDocument,
    "mutation FilesDeleteById($id: ID!) { deleteAssistantFile(input: {id: $id}) { deletedAssistantFileId assistant { fileIds } } }": typeof types.FilesDeleteByIdDocument,
    "query FilesNodeAfterDelete($id: ID!) { node(id: $id) { id } }": typeof types.FilesNodeAfterDeleteDocument,
    "mutation FilesDeleteByPair($a: ID!, $f: String!) { deleteAssistantFile(input: {assistantId: $a, fileId: $f}) { deletedAssistantFileId assistant { fileIds } } }": typeof types.FilesDeleteByPairDocument,
    "query FilesDeletedNode($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId } } }": typeof types.FilesDeletedNodeDocument,
    "mutation FilesDeleteNothing { deleteAssistantFile(input: {}) { deletedAssistantFileId } }": typeof types.FilesDeleteNothingDocument,
    "mutation FilesDeleteHalf { deleteAssistantFile(input: {assistantId: \"asst_abc\"}) { deletedAssistantFileId } }": typeof types.FilesDeleteHalfDocument,
    "mutation FilesMissingOnCreate { createAssistant(input: {model: \"gpt-4\", fileIds: [\"file-missing456\"]}) { assistant { id } } }": typeof types.FilesMissingOnCreateDocument,
    "mutation FilesMissingOnMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"x\", fileIds: [\"file-missing789\"]}) { message { id } } }": typeof types.FilesMissingOnMessageDocument,
    "mutation FilesMessageWithFiles($t: ID!) { createMessage(input: {threadId: $t, content: \"with files\", fileIds: [\"file-m1\", \"file-m2\"]}) { message { id openaiId fileIds } } }": typeof types.FilesMessageWithFilesDocument,
    "query FilesMessageFiles($id: ID!) { node(id: $id) { ... on Message { files(order: ASC) { nodes { id openaiId createdAt message { id text } } } } } }": typeof types.FilesMessageFilesDocument,
    "query FilesMessageFileNode($id: ID!) { node(id: $id) { __typename id ... on MessageFile { openaiId message { id } } } }": typeof types.FilesMessageFileNodeDocument,
    "mutation FilesPlainThread { createThread(input: {messages: [{content: \"plain\"}]}) { thread { id } } }": typeof types.FilesPlainThreadDocument,
    "query FilesNoFiles($t: ID!) { thread(id: $t) { messages { nodes { fileIds files { edges { cursor } pageInfo { hasNextPage startCursor } } } } } }": typeof types.FilesNoFilesDocument,
    "mutation IdsDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": typeof types.IdsDeleteAssistantDocument,
    "mutation IdsUpdateAssistantName($id: ID!) { updateAssistant(input: {id: $id, name: \"x\"}) { assistant { id } } }": typeof types.IdsUpdateAssistantNameDocument,
    "mutation IdsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {}}) { run { id } } }": typeof types.IdsUpdateRunDocument,
    "query IdsFirstCursor { assistants(first: 1) { edges { cursor } } }": typeof types.IdsFirstCursorDocument,
    "mutation IdsFixtureAssistant { createAssistant(input: {model: \"gpt-4\", name: \"Fixture\", fileIds: [\"file-fixture1\"]}) { assistant { id openaiId } } }": typeof types.IdsFixtureAssistantDocument,
    "mutation IdsFixtureRun($a: ID!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: \"hi\", fileIds: [\"file-msgfile1\"]}]}) { run { id openaiId thread { id openaiId } } } }": typeof types.IdsFixtureRunDocument,
    "query IdsFixtureObjects($a: ID!, $t: ID!, $r: ID!) {\n        assistant(id: $a) { files { nodes { id } } }\n        thread(id: $t) {\n          messages(order: ASC) { nodes { id openaiId role files { nodes { id } } } }\n          run(id: $r) { steps { nodes { id openaiId } } }\n        }\n      }": typeof types.IdsFixtureObjectsDocument,
    "mutation IdsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": typeof types.IdsDeleteThreadDocument,
    "\n  fragment IdsNodeFields on Node {\n    __typename id\n    ... on Assistant { openaiId name }\n    ... on Thread { openaiId }\n    ... on Message { openaiId text }\n    ... on Run { openaiId status }\n    ... on RunStep { openaiId type }\n    ... on AssistantFile { openaiId assistant { id } }\n    ... on MessageFile { openaiId message { id } }\n  }\n": typeof types.IdsNodeFieldsFragmentDoc,
    "query IdsNodeById($id: ID!) { node(id: $id) { id } }": typeof types.IdsNodeByIdDocument,
    "query IdsAssistantName($id: ID!) { assistant(id: $id) { name } }": typeof types.IdsAssistantNameDocument,
    "mutation IdsCreateThread { createThread(input: {}) { thread { id } } }": typeof types.IdsCreateThreadDocument,
    "query IdsNode($id: ID!) { node(id: $id) { ...IdsNodeFields } }": typeof types.IdsNodeDocument,
    "query IdsLinks($af: ID!, $mf: ID!) { af: node(id: $af) { ...IdsNodeFields } mf: node(id: $mf) { ...IdsNodeFields } }": typeof types.IdsLinksDocument,
    "query IdsNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IdsNodeFields } }": typeof types.IdsNodesDocument,
    "query IdsNodesIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.IdsNodesIdsDocument,
    "query IdsAssistantById($id: ID!) { assistant(id: $id) { id } }": typeof types.IdsAssistantByIdDocument,
    "query IdsThreadById($id: ID!) { thread(id: $id) { id } }": typeof types.IdsThreadByIdDocument,
    "query IdsRunOfMessageId($t: ID!, $m: ID!) { thread(id: $t) { run(id: $m) { id } } }": typeof types.IdsRunOfMessageIdDocument,
    "query IdsMessageOfRunId($t: ID!, $r: ID!) { thread(id: $t) { message(id: $r) { id } } }": typeof types.IdsMessageOfRunIdDocument,
    "query IdsMissingLookups($t: ID!, $ga: ID!, $gt: ID!, $gm: ID!, $gr: ID!) {\n        rawAssistant: assistant(id: \"asst_doesnotexist000000000\") { id }\n        globalAssistant: assistant(id: $ga) { id }\n        rawThread: thread(id: \"thread_doesnotexist00000000\") { id }\n        globalThread: thread(id: $gt) { id }\n        thread(id: $t) {\n          rawMessage: message(id: \"msg_doesnotexist0000000000\") { id }\n          rawRun: run(id: \"run_doesnotexist0000000000\") { id }\n        }\n        deletedMessage: node(id: $gm) { id }\n        deletedRun: node(id: $gr) { id }\n      }": typeof types.IdsMissingLookupsDocument,
    "mutation IdsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {}}) { thread { id } } }": typeof types.IdsUpdateThreadDocument,
    "mutation IdsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {}}) { message { id } } }": typeof types.IdsUpdateMessageDocument,
    "mutation IdsCancelGone($id: ID!) { cancelRun(input: {id: $id}) { run { id } } }": typeof types.IdsCancelGoneDocument,
    "mutation IdsSubmitGone($id: ID!) { submitToolOutputs(input: {runId: $id, toolOutputs: []}) { run { id } } }": typeof types.IdsSubmitGoneDocument,
    "mutation IdsCanaryMessage { createMessage(input: {threadId: \"thread_nope00000000\", content: \"x\"}) { message { id } } }": typeof types.IdsCanaryMessageDocument,
    "query IdsCanaryNode { node(id: \"garbage!!\") { id } }": typeof types.IdsCanaryNodeDocument,
    "mutation IdsCanaryFile { createAssistantFile(input: {assistantId: \"asst_nope0000\", fileId: \"file-missing1\"}) { assistantFile { id } } }": typeof types.IdsCanaryFileDocument,
    "mutation IdsKeyAAssistant { createAssistant(input: {model: \"gpt-4\", name: \"A only\"}) { assistant { id openaiId } } }": typeof types.IdsKeyAAssistantDocument,
    "query IdsKeyBLookups($id: ID!, $raw: ID!) { assistant(id: $id) { name } raw: assistant(id: $raw) { name } node(id: $id) { id } }": typeof types.IdsKeyBLookupsDocument,
    "query IdsKeyBList { assistants(first: 100) { nodes { openaiId } } }": typeof types.IdsKeyBListDocument,
    "query IdsForwarded { assistants(first: 1) { nodes { id } } }": typeof types.IdsForwardedDocument,
    "query IdsThreeTimes($g: ID!, $r: ID!) { a: assistant(id: $g) { openaiId } b: assistant(id: $r) { openaiId name } c: node(id: $g) { ... on Assistant { openaiId } } }": typeof types.IdsThreeTimesDocument,
    "mutation IdsAddMessage($t: ID!, $c: String!) { createMessage(input: {threadId: $t, content: $c}) { message { id } } }": typeof types.IdsAddMessageDocument,
    "mutation IdsRunAgain($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }": typeof types.IdsRunAgainDocument,
    "query IdsReplyAssistants($t: ID!) { thread(id: $t) { messages { nodes { role assistant { openaiId name } } } } }": typeof types.IdsReplyAssistantsDocument,
    "mutation IdsOldAssistant { createAssistant(input: {model: \"gpt-4\", name: \"old\"}) { assistant { id } } }": typeof types.IdsOldAssistantDocument,
    "mutation IdsRenameNew($id: ID!) { updateAssistant(input: {id: $id, name: \"new\"}) { assistant { id } } }": typeof types.IdsRenameNewDocument,
    "mutation BatteryCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"Battery\", instructions: \"Test.\", fileIds: [\"file-bat1\"],\n            tools: [{type: FUNCTION, function: {name: \"get_weather\"}}], metadata: {suite: \"battery\"}}) {\n            assistant { id openaiId name model createdAt fileIds tools { type } } } }": typeof types.BatteryCreateAssistantDocument,
    "query BatteryGetAssistant($id: ID!) { assistant(id: $id) { id openaiId name instructions metadata } }": typeof types.BatteryGetAssistantDocument,
    "query BatteryListAssistants { assistants(first: 10) { nodes { id openaiId } } }": typeof types.BatteryListAssistantsDocument,
    "mutation BatteryUpdateAssistant($id: ID!) { updateAssistant(input: {id: $id, name: \"Battery 2\"}) { assistant { id openaiId name model } } }": typeof types.BatteryUpdateAssistantDocument,
    "mutation BatteryCreateAssistantFile($a: ID!) { createAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { assistantFile { id openaiId createdAt } } }": typeof types.BatteryCreateAssistantFileDocument,
    "query BatteryListAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { openaiId } } } }": typeof types.BatteryListAssistantFilesDocument,
    "query BatteryAssistantFileIds($id: ID!) { assistant(id: $id) { files { nodes { id openaiId } } } }": typeof types.BatteryAssistantFileIdsDocument,
    "query BatteryGetAssistantFile($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId createdAt assistant { id } } } }": typeof types.BatteryGetAssistantFileDocument,
    "mutation BatteryDeleteAssistantFile($a: ID!) { deleteAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { deletedAssistantFileId } }": typeof types.BatteryDeleteAssistantFileDocument,
    "mutation BatteryCreateThread { createThread(input: {metadata: {suite: \"battery\"}, messages: [{content: \"hello battery\", fileIds: [\"file-mf1\"]}]}) {\n          thread { id openaiId createdAt metadata } } }": typeof types.BatteryCreateThreadDocument,
    "query BatteryGetThread($id: ID!) { thread(id: $id) { id openaiId metadata } }": typeof types.BatteryGetThreadDocument,
    "mutation BatteryUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {suite: \"battery\", step: \"2\"}}) { thread { metadata } } }": typeof types.BatteryUpdateThreadDocument,
    "query BatteryListMessages($id: ID!) { thread(id: $id) { messages { nodes { id openaiId text role } } } }": typeof types.BatteryListMessagesDocument,
    "mutation BatteryCreateMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"second message\"}) { message { id openaiId text createdAt } } }": typeof types.BatteryCreateMessageDocument,
    "query BatteryGetMessage($id: ID!) { node(id: $id) { ... on Message { id openaiId text fileIds } } }": typeof types.BatteryGetMessageDocument,
    "mutation BatteryUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {seen: \"yes\"}}) { message { metadata } } }": typeof types.BatteryUpdateMessageDocument,
    "query BatteryListMessageFiles($id: ID!) { node(id: $id) { ... on Message { files { nodes { openaiId } } } } }": typeof types.BatteryListMessageFilesDocument,
    "query BatteryMessageFileIds($id: ID!) { node(id: $id) { ... on Message { files { nodes { id } } } } }": typeof types.BatteryMessageFileIdsDocument,
    "query BatteryGetMessageFile($id: ID!) { node(id: $id) { ... on MessageFile { openaiId createdAt } } }": typeof types.BatteryGetMessageFileDocument,
    "mutation BatteryCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, metadata: {k: \"v\"}}) { run { id openaiId status model metadata } } }": typeof types.BatteryCreateRunDocument,
    "query BatteryGetRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { id openaiId status usage { totalTokens } } } }": typeof types.BatteryGetRunDocument,
    "query BatteryListRuns($t: ID!) { thread(id: $t) { runs { nodes { id openaiId } } } }": typeof types.BatteryListRunsDocument,
    "mutation BatteryUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {k: \"w\"}}) { run { metadata } } }": typeof types.BatteryUpdateRunDocument,
    "query BatteryListRunSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { id openaiId type status } } } } }": typeof types.BatteryListRunStepsDocument,
    "query BatteryGetRunStep($id: ID!) { node(id: $id) { ... on RunStep { id openaiId type stepDetails { ... on MessageCreationStepDetails { messageId } } } } }": typeof types.BatteryGetRunStepDocument,
    "mutation BatteryCreateThreadAndRun($a: ID!, $content: String!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: $content}]}) {\n            run { id openaiId status thread { id openaiId } } } }": typeof types.BatteryCreateThreadAndRunDocument,
    "query BatteryRequiredAction($id: ID!) { node(id: $id) { ... on Run { requiredAction { toolCalls { id functionName } } } } }": typeof types.BatteryRequiredActionDocument,
    "mutation BatterySubmitToolOutputs($id: ID!, $c: String!) { submitToolOutputs(input: {runId: $id, toolOutputs: [{toolCallId: $c, output: \"cold\"}]}) { run { id openaiId status } } }": typeof types.BatterySubmitToolOutputsDocument,
    "mutation BatterySlowRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, additionalMessages: [{content: \"slowly #slow\"}]}) { run { id openaiId } } }": typeof types.BatterySlowRunDocument,
    "mutation BatteryCancelRun($id: ID!) { cancelRun(input: {id: $id}) { run { id openaiId status } } }": typeof types.BatteryCancelRunDocument,
    "mutation BatteryDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": typeof types.BatteryDeleteThreadDocument,
    "mutation BatteryDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": typeof types.BatteryDeleteAssistantDocument,
    "\n  query PaginationAssistants($first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    assistants(first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": typeof types.PaginationAssistantsDocument,
    "\n  query PaginationMessages($thread: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    thread(id: $thread) {\n      messages(first: $first, after: $after, last: $last, before: $before, order: $order) {\n        edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": typeof types.PaginationMessagesDocument,
    "mutation PaginationCreateAssistant($n: String) { createAssistant(input: {model: \"gpt-4\", name: $n}) { assistant { id } } }": typeof types.PaginationCreateAssistantDocument,
    "mutation PaginationCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }": typeof types.PaginationCreateThreadDocument,
    "mutation PaginationEmptyThread { createThread(input: {}) { thread { id } } }": typeof types.PaginationEmptyThreadDocument,
    "mutation PaginationOtherThread { createThread(input: {messages: [{content: \"x\"}]}) { thread { id } } }": typeof types.PaginationOtherThreadDocument,
    "mutation PlainPostWaitingRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }": typeof types.PlainPostWaitingRunDocument,
    "\n  query RealModelRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        id status requiredAction { toolCalls { id functionName arguments } } usage { promptTokens completionTokens totalTokens }\n        messages(order: ASC) { nodes { role text } } steps(order: ASC) { nodes { type status } }\n      }\n    }\n  }\n": typeof types.RealModelRunDocument,
    "mutation RealModelThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }": typeof types.RealModelThreadAndRunDocument,
    "mutation RealModelSubmit($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { status } } }": typeof types.RealModelSubmitDocument,
    "subscription RealModelIncomplete($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) { event ... on RunStatusEvent { run { status incompleteDetails { reason } } } }\n      }": typeof types.RealModelIncompleteDocument,
    "subscription RealModelStream($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) {\n          event\n          ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n          ... on MessageEvent { message { text } }\n        }\n      }": typeof types.RealModelStreamDocument,
    "\n  fragment RunsRunFields on Run {\n    id openaiId status isActive model instructions metadata temperature maxPromptTokens maxCompletionTokens\n    createdAt startedAt completedAt cancelledAt failedAt expiresAt incompleteDetails { reason } fileIds\n    truncationStrategy { type lastMessages }\n    toolChoice { type functionName }\n    responseFormat\n    tools { type ... on FunctionTool { function { name } } }\n    requiredAction { type toolCalls { id functionName arguments parsedArguments } }\n    lastError { code message }\n    usage { promptTokens completionTokens totalTokens }\n    thread { id openaiId }\n    assistant { id openaiId }\n  }\n": typeof types.RunsRunFieldsFragmentDoc,
    "mutation RunsCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id openaiId } } }": typeof types.RunsCreateAssistantDocument,
    "mutation RunsCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }": typeof types.RunsCreateThreadDocument,
    "mutation RunsCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { ...RunsRunFields } } }": typeof types.RunsCreateRunDocument,
    "mutation RunsThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { ...RunsRunFields } } }": typeof types.RunsThreadAndRunDocument,
    "query RunsGetRun($id: ID!) { node(id: $id) { ... on Run { ...RunsRunFields } } }": typeof types.RunsGetRunDocument,
    "query RunsThreadRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { ...RunsRunFields } } }": typeof types.RunsThreadRunDocument,
    "mutation RunsSubmitToolOutputs($id: ID!, $outputs: [ToolOutputInput!]!) { submitToolOutputs(input: {runId: $id, toolOutputs: $outputs}) { run { id status } } }": typeof types.RunsSubmitToolOutputsDocument,
    "mutation RunsCancel($id: ID!) { cancelRun(input: {id: $id}) { run { id status isActive } } }": typeof types.RunsCancelDocument,
    "query RunsActiveRun($t: ID!) { thread(id: $t) { activeRun { id status isActive } } }": typeof types.RunsActiveRunDocument,
    "query RunsCompletedRun($t: ID!, $r: ID!) { thread(id: $t) {\n          activeRun { id }\n          runs { nodes { id } }\n          run(id: $r) {\n            messages { nodes { id role text run { id } assistant { id } } }\n            steps { nodes { id type status usage { totalTokens } run { id } thread { id } assistant { id }\n              stepDetails { __typename ... on MessageCreationStepDetails { messageId message { id text } } } } }\n          }\n        } }": typeof types.RunsCompletedRunDocument,
    "query RunsThreadMessages($t: ID!) { thread(id: $t) { metadata messages(order: ASC) { nodes { role text } } } }": typeof types.RunsThreadMessagesDocument,
    "mutation RunsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {b: \"2\"}}) { run { id metadata } } }": typeof types.RunsUpdateRunDocument,
    "query RunsToolRun($id: ID!) { node(id: $id) { ... on Run {\n          messages { nodes { role text } }\n          steps(order: ASC) { nodes { type status stepDetails { __typename\n            ... on ToolCallsStepDetails { toolCalls { __typename id ... on FunctionToolCall { name arguments output } } } } } }\n        } } }": typeof types.RunsToolRunDocument,
    "query RunsReplyText($id: ID!) { node(id: $id) { ... on Run { messages { nodes { text } } } } }": typeof types.RunsReplyTextDocument,
    "mutation RunsCreateMessage($t: ID!, $content: String!) { createMessage(input: {threadId: $t, content: $content}) { message { id } } }": typeof types.RunsCreateMessageDocument,
    "mutation RunsSecondRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id } } }": typeof types.RunsSecondRunDocument,
    "query RunsActiveRunStatus($t: ID!) { thread(id: $t) { activeRun { id status } } }": typeof types.RunsActiveRunStatusDocument,
    "mutation RunsInvalidRun($input: CreateRunInput!) { createRun(input: $input) { run { id } } }": typeof types.RunsInvalidRunDocument,
    "mutation RunsHotThreadAndRun { createThreadAndRun(input: {assistantId: \"asst_abc123\", temperature: 3}) { run { id } } }": typeof types.RunsHotThreadAndRunDocument,
    "mutation RunsWrongTypeId { createRun(input: {threadId: \"asst_abc123\", assistantId: \"asst_abc123\"}) { run { id } } }": typeof types.RunsWrongTypeIdDocument,
    "mutation RunsMissingAssistant($t: ID!) { createRun(input: {threadId: $t, assistantId: \"asst_doesnotexist0000\"}) { run { id } } }": typeof types.RunsMissingAssistantDocument,
    "query RunsExpiredSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { type status expiredAt } } } } }": typeof types.RunsExpiredStepsDocument,
    "mutation SmokeCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"A\"}) { assistant { id name } } }": typeof types.SmokeCreateAssistantDocument,
    "query SmokeReadAssistant($id: ID!) { node(id: $id) { id ... on Assistant { name model createdAt tools { type } } } }": typeof types.SmokeReadAssistantDocument,
    "\n  fragment SubscriptionsEventFields on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { id } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on RunStepEvent { step { openaiId type status run { status } } }\n    ... on RunStepDeltaEvent {\n      stepId stepType\n      toolCalls {\n        index id type\n        function { name arguments output }\n        codeInterpreter { input outputs { index type logs imageFileId } }\n      }\n    }\n    ... on MessageEvent { message { id text status } }\n    ... on MessageDeltaEvent {\n      messageId role\n      content {\n        __typename index type\n        ... on TextContentDelta { value annotations { index type text fileId quote startIndex endIndex } }\n        ... on ImageFileContentDelta { fileId }\n      }\n    }\n    ... on StreamErrorEvent { error { code message type } }\n    ... on UnknownRunEvent { data }\n  }\n": typeof types.SubscriptionsEventFieldsFragmentDoc,
    "subscription SubscriptionsThreadAndRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...SubscriptionsEventFields } }": typeof types.SubscriptionsThreadAndRunDocument,
    "subscription SubscriptionsRunEvents($input: CreateRunInput!) { runEvents(input: $input) { ...SubscriptionsEventFields } }": typeof types.SubscriptionsRunEventsDocument,
    "subscription SubscriptionsToolOutputs($input: SubmitToolOutputsInput!) { toolOutputEvents(input: $input) { ...SubscriptionsEventFields } }": typeof types.SubscriptionsToolOutputsDocument,
    "subscription SubscriptionsFollowRun($id: ID!) { run(id: $id) { id status } }": typeof types.SubscriptionsFollowRunDocument,
    "mutation SubscriptionsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { openaiId } } } }": typeof types.SubscriptionsCreateThreadAndRunDocument,
    "query SubscriptionsThreadMessages($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { role text } } } }": typeof types.SubscriptionsThreadMessagesDocument,
    "mutation SubscriptionsFirstThread { createThread(input: {messages: [{content: \"first\"}]}) { thread { id } } }": typeof types.SubscriptionsFirstThreadDocument,
    "mutation SubscriptionsEmptyThread { createThread(input: {}) { thread { openaiId } } }": typeof types.SubscriptionsEmptyThreadDocument,
    "\n  fragment ThreadsMessageFields on Message {\n    id openaiId role text status metadata createdAt fileIds\n    content { __typename ... on TextContent { value annotations { __typename } } ... on ImageFileContent { fileId } }\n    thread { id openaiId }\n    assistant { id }\n    run { id }\n  }\n": typeof types.ThreadsMessageFieldsFragmentDoc,
    "mutation ThreadsCreateThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId createdAt metadata } } }": typeof types.ThreadsCreateThreadDocument,
    "mutation ThreadsCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { ...ThreadsMessageFields } } }": typeof types.ThreadsCreateMessageDocument,
    "query ThreadsMessagesAsc($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { ...ThreadsMessageFields } } } }": typeof types.ThreadsMessagesAscDocument,
    "query ThreadsMessagesDesc($id: ID!) { thread(id: $id) { messages { nodes { text } } } }": typeof types.ThreadsMessagesDescDocument,
    "query ThreadsThreadById($id: ID!) { thread(id: $id) { id openaiId metadata } }": typeof types.ThreadsThreadByIdDocument,
    "mutation ThreadsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {b: \"2\"}}) { thread { id metadata } } }": typeof types.ThreadsUpdateThreadDocument,
    "mutation ThreadsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": typeof types.ThreadsDeleteThreadDocument,
    "query ThreadsDeletedLookup($id: ID!) { thread(id: $id) { id } node(id: $id) { id } }": typeof types.ThreadsDeletedLookupDocument,
    "mutation ThreadsUpdateDeleted($id: ID!) { updateThread(input: {id: $id, metadata: {a: \"1\"}}) { thread { id } } }": typeof types.ThreadsUpdateDeletedDocument,
    "mutation ThreadsBigMetadata($m: Metadata) { createThread(input: {metadata: $m}) { thread { id } } }": typeof types.ThreadsBigMetadataDocument,
    "mutation ThreadsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {b: \"2\"}}) { message { id metadata text } } }": typeof types.ThreadsUpdateMessageDocument,
    "query ThreadsMessageLookups($t: ID!, $m: ID!, $raw: ID!, $missing: ID!) {\n      thread(id: $t) { byGlobal: message(id: $m) { id text } byRaw: message(id: $raw) { id text } missing: message(id: $missing) { id } }\n    }": typeof types.ThreadsMessageLookupsDocument,
    "query ThreadsMessageOfOther($t: ID!, $m: ID!) { thread(id: $t) { message(id: $m) { id } } }": typeof types.ThreadsMessageOfOtherDocument,
    "mutation ThreadsEmptyMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"\"}) { message { id } } }": typeof types.ThreadsEmptyMessageDocument,
    "mutation ThreadsTooManyFiles($t: ID!, $f: [String!]) { createMessage(input: {threadId: $t, content: \"x\", fileIds: $f}) { message { id } } }": typeof types.ThreadsTooManyFilesDocument,
    "mutation ThreadsMessageOnMissing { createMessage(input: {threadId: \"thread_nope0000\", content: \"x\"}) { message { id } } }": typeof types.ThreadsMessageOnMissingDocument,
    "mutation ThreadsCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }": typeof types.ThreadsCreateRunDocument,
    "query ThreadsMessagesOfRun($t: ID!, $r: ID!, $raw: ID!) { thread(id: $t) {\n      all: messages { nodes { openaiId role } }\n      byGlobal: messages(runId: $r) { nodes { ...ThreadsMessageFields } }\n      byRaw: messages(runId: $raw) { nodes { openaiId } }\n    } }": typeof types.ThreadsMessagesOfRunDocument,
    "\n  subscription TransportsThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) {\n      __typename\n      event\n      ... on MessageEvent { message { text } }\n      ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n      ... on RunStatusEvent { run { id status } }\n    }\n  }\n": typeof types.TransportsThreadAndRunDocument,
    "subscription TransportsFollowRun($id: ID!) { run(id: $id) { id status } }": typeof types.TransportsFollowRunDocument,
    "mutation TransportsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }": typeof types.TransportsCreateThreadAndRunDocument,
    "query TransportsAssistants { assistants(first: 1) { nodes { id } } }": typeof types.TransportsAssistantsDocument,
    "query TransportsMissingAssistant { assistant(id: \"asst_1\") { id } }": typeof types.TransportsMissingAssistantDocument,
    "\n  mutation UploadsUpload($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { id openaiId filename bytes purpose status statusDetails createdAt downloadUrl } }\n  }\n": typeof types.UploadsUploadDocument,
    "\n  query UploadsFileNode($id: ID!) { node(id: $id) { id ... on File { openaiId filename bytes purpose status downloadUrl } } }\n": typeof types.UploadsFileNodeDocument,
    "\n  query UploadsFiles($purpose: FilePurpose, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    files(purpose: $purpose, first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId filename purpose } }\n      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n    }\n  }\n": typeof types.UploadsFilesDocument,
    "mutation UploadsDeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": typeof types.UploadsDeleteFileDocument,
    "mutation UploadsAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id files { nodes { file { id filename } } } } } }": typeof types.UploadsAssistantDocument,
    "mutation UploadsThread($f: [String!]) { createThread(input: {messages: [{content: \"see file\", fileIds: $f}]}) { thread { messages { nodes { files { nodes { file { id filename bytes } } } } } } } }": typeof types.UploadsThreadDocument,
    "query UploadsAfterDelete($a: ID!) { assistant(id: $a) { fileIds } }": typeof types.UploadsAfterDeleteDocument,
    "mutation UploadsEmptyThread { createThread(input: {}) { thread { openaiId } } }": typeof types.UploadsEmptyThreadDocument,
    "query UploadsAnnotated($t: ID!) { thread(id: $t) { messages { nodes { content {\n          __typename\n          ... on TextContent { annotations { __typename ... on FileCitationAnnotation { file { id filename downloadUrl } } ... on FilePathAnnotation { file { filename purpose downloadUrl } } } }\n          ... on ImageFileContent { fileId file { filename purpose bytes downloadUrl } }\n        } } } } }": typeof types.UploadsAnnotatedDocument,
    "query FaultsAssistant { assistant(id: \"asst_1\") { id } }": typeof types.FaultsAssistantDocument,
    "mutation FaultsCreateThread { createThread(input: {}) { thread { id } } }": typeof types.FaultsCreateThreadDocument,
    "query FaultsRuns($id: ID!) { thread(id: $id) { runs(first: 3) { nodes { openaiId status incompleteDetails { reason } temperature toolChoice { type } } } } }": typeof types.FaultsRunsDocument,
    "query FaultsUnknownValues($id: ID!) { thread(id: $id) {\n          messages(first: 5) { nodes { status } }\n          run(id: \"run_1\") { steps(first: 5) { nodes { status type } } }\n        } }": typeof types.FaultsUnknownValuesDocument,
    "query FaultsEmptyList { assistants(first: 5) { nodes { id } pageInfo { startCursor endCursor hasNextPage } } }": typeof types.FaultsEmptyListDocument,
    "query FaultsAssistantName { assistant(id: \"asst_1\") { id name } }": typeof types.FaultsAssistantNameDocument,
    "\n  query KitRunStatus($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        status\n      }\n    }\n  }\n": typeof types.KitRunStatusDocument,
    "\n  mutation KitCreateAssistant($input: CreateAssistantInput!) {\n    createAssistant(input: $input) {\n      assistant {\n        id\n        openaiId\n        name\n        model\n      }\n    }\n  }\n": typeof types.KitCreateAssistantDocument,
    "query OperabilityAssistant($id: ID!) { assistant(id: $id) { id name } }": typeof types.OperabilityAssistantDocument,
    "query OperabilityNode($id: ID!) { node(id: $id) { id } }": typeof types.OperabilityNodeDocument,
    "mutation OperabilityCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { openaiId } } }": typeof types.OperabilityCreateDocument,
    "mutation OperabilityDelete($id: ID!) { deleteAssistant(input: { id: $id }) { deletedAssistantId } }": typeof types.OperabilityDeleteDocument,
    "subscription OperabilityEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }": typeof types.OperabilityEventsDocument,
    "query OperabilityTwoAssistants($a: ID!, $b: ID!) { a: assistant(id: $a) { name } b: assistant(id: $b) { name } }": typeof types.OperabilityTwoAssistantsDocument,
    "query SecurityMissingAssistant { assistant(id: \"asst_nope\") { id } }": typeof types.SecurityMissingAssistantDocument,
    "query SecurityOrdinary { assistants(first: 1) { nodes { id } } }": typeof types.SecurityOrdinaryDocument,
};
const documents: Documents = {
    "mutation OwnFilesUpload($input: UploadFileInput!) { uploadFile(input: $input) { file { id openaiId filename downloadUrl } } }": types.OwnFilesUploadDocument,
    "\n  query OwnFilesLookups($id: ID!) {\n    node(id: $id) { id ... on File { filename } }\n    nodes(ids: [$id]) { id }\n    files(first: 100) { nodes { id filename } }\n  }\n": types.OwnFilesLookupsDocument,
    "mutation OwnFilesDelete($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": types.OwnFilesDeleteDocument,
    "mutation OwnFilesThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId } } }": types.OwnFilesThreadDocument,
    "\n  query OwnFilesCitations($id: ID!) {\n    thread(id: $id) { messages { nodes { content { ... on TextContent { annotations { ... on FileCitationAnnotation { fileId file { id filename } } } } } } } }\n  }\n": types.OwnFilesCitationsDocument,
    "mutation OwnFilesMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id files { nodes { file { filename } } } } } }": types.OwnFilesMessageDocument,
    "mutation OwnFilesAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }": types.OwnFilesAssistantDocument,
    "mutation OwnFilesAttach($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }": types.OwnFilesAttachDocument,
    "query OwnFilesAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { file { id filename downloadUrl } } } } }": types.OwnFilesAssistantFilesDocument,
    "query AuthViewer { viewer { kind issuer subject isAdmin } }": types.AuthViewerDocument,
    "subscription AuthFollowRun($id: ID!) { run(id: $id) { id status } }": types.AuthFollowRunDocument,
    "mutation OwnCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }": types.OwnCreateAssistantDocument,
    "mutation OwnUpdateAssistant($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { id name } } }": types.OwnUpdateAssistantDocument,
    "mutation OwnDeleteAssistant($input: DeleteAssistantInput!) { deleteAssistant(input: $input) { deletedAssistantId } }": types.OwnDeleteAssistantDocument,
    "mutation OwnCreateAssistantFile($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }": types.OwnCreateAssistantFileDocument,
    "mutation OwnDeleteAssistantFile($input: DeleteAssistantFileInput!) { deleteAssistantFile(input: $input) { deletedAssistantFileId } }": types.OwnDeleteAssistantFileDocument,
    "query OwnAssistant($id: ID!) { assistant(id: $id) { id } }": types.OwnAssistantDocument,
    "\n  mutation OwnCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { thread { id openaiId metadata messages { nodes { id } } } }\n  }\n": types.OwnCreateThreadDocument,
    "mutation OwnUpdateThread($input: UpdateThreadInput!) { updateThread(input: $input) { thread { id metadata } } }": types.OwnUpdateThreadDocument,
    "mutation OwnDeleteThread($input: DeleteThreadInput!) { deleteThread(input: $input) { deletedThreadId } }": types.OwnDeleteThreadDocument,
    "mutation OwnCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id } } }": types.OwnCreateMessageDocument,
    "mutation OwnUpdateMessage($input: UpdateMessageInput!) { updateMessage(input: $input) { message { id } } }": types.OwnUpdateMessageDocument,
    "mutation OwnCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }": types.OwnCreateRunDocument,
    "mutation OwnUpdateRun($input: UpdateRunInput!) { updateRun(input: $input) { run { id } } }": types.OwnUpdateRunDocument,
    "mutation OwnCancelRun($input: CancelRunInput!) { cancelRun(input: $input) { run { id } } }": types.OwnCancelRunDocument,
    "mutation OwnSubmitOutputs($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { id } } }": types.OwnSubmitOutputsDocument,
    "\n  query OwnLookups($thread: ID!, $raw: ID!, $message: ID!, $run: ID!) {\n    node(id: $thread) { id }\n    nodes(ids: [$thread, $message, $run]) { id }\n    thread(id: $raw) { id activeRun { id } runs { nodes { id } } }\n  }\n": types.OwnLookupsDocument,
    "subscription OwnFollowRun($id: ID!) { run(id: $id) { id status } }": types.OwnFollowRunDocument,
    "subscription OwnRunEvents($input: CreateRunInput!) { runEvents(input: $input) { event } }": types.OwnRunEventsDocument,
    "\n  subscription OwnThreadAndRunEvents($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { event ... on ThreadCreatedEvent { thread { metadata } } }\n  }\n": types.OwnThreadAndRunEventsDocument,
    "query OwnViewerThreads { viewer { subject threads(first: 50) { nodes { id } } } }": types.OwnViewerThreadsDocument,
    "query OwnNode($id: ID!) { node(id: $id) { id } }": types.OwnNodeDocument,
    "query BudgetAssistants { assistants(first: 1) { nodes { id } } }": types.BudgetAssistantsDocument,
    "\n  mutation BudgetThreadThenRun($run: CreateThreadAndRunInput!) {\n    createThread(input: {}) { thread { id } }\n    createThreadAndRun(input: $run) { run { id } }\n  }\n": types.BudgetThreadThenRunDocument,
    "\n  subscription BudgetThreadAndRunEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }\n": types.BudgetThreadAndRunEventsDocument,
    "\n    query ClientsAssistantTools($id: ID!) {\n      assistant(id: $id) {\n        id\n        tools {\n          ... on FunctionTool { function { name } }\n          ... on Tool { type }\n        }\n      }\n    }\n  ": types.ClientsAssistantToolsDocument,
    "\n    query ClientsAssistantsPage($first: Int!, $after: String) {\n      assistants(first: $first, after: $after, order: ASC) {\n        edges { cursor node { id name } }\n        nodes { id name }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  ": types.ClientsAssistantsPageDocument,
    "mutation GatewaysRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }": types.GatewaysRunDocument,
    "\n  fragment AssistantsAssistantFields on Assistant {\n    id openaiId createdAt name description model instructions fileIds metadata\n    tools {\n      __typename type\n      ... on FunctionTool { function { name description parameters } }\n    }\n  }\n": types.AssistantsAssistantFieldsFragmentDoc,
    "mutation AssistantsCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }": types.AssistantsCreateDocument,
    "mutation AssistantsUpdate($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }": types.AssistantsUpdateDocument,
    "mutation AssistantsDelete($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": types.AssistantsDeleteDocument,
    "query AssistantsAssistantAndNode($id: ID!) { assistant(id: $id) { id openaiId name } node(id: $id) { id } }": types.AssistantsAssistantAndNodeDocument,
    "query AssistantsLookup($id: ID!) { assistant(id: $id) { id openaiId name } }": types.AssistantsLookupDocument,
    "query AssistantsAfterDelete($id: ID!, $raw: ID!) { assistant(id: $id) { id } raw: assistant(id: $raw) { id } node(id: $id) { id } }": types.AssistantsAfterDeleteDocument,
    "fragment BatchingRunFields on Run { id openaiId status createdAt metadata assistant { id } thread { id } }": types.BatchingRunFieldsFragmentDoc,
    "query BatchingRun($id: ID!) { node(id: $id) { ... on Run { ...BatchingRunFields } } }": types.BatchingRunDocument,
    "query BatchingRuns($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { ...BatchingRunFields } } }": types.BatchingRunsDocument,
    "query BatchingAnyNode($id: ID!) { node(id: $id) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }": types.BatchingAnyNodeDocument,
    "query BatchingAnyNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }": types.BatchingAnyNodesDocument,
    "query BatchingThreadPage($id: ID!) { thread(id: $id) { id messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }": types.BatchingThreadPageDocument,
    "query BatchingThreadPageWithDate($id: ID!) { thread(id: $id) { id createdAt messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }": types.BatchingThreadPageWithDateDocument,
    "mutation BatchingCreateThread { createThread(input: {}) { thread { id openaiId } } }": types.BatchingCreateThreadDocument,
    "mutation BatchingCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }": types.BatchingCreateRunDocument,
    "query BatchingRunIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { id } } }": types.BatchingRunIdsDocument,
    "query BatchingMessageRuns($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { run { openaiId } } } } }": types.BatchingMessageRunsDocument,
    "query BatchingTwoRuns($id: ID!) { thread(id: $id) { a: run(id: \"run_1\") { id } b: run(id: \"run_2\") { id } } }": types.BatchingTwoRunsDocument,
    "query BatchingNodeId($id: ID!) { node(id: $id) { id } }": types.BatchingNodeIdDocument,
    "query BatchingRunsFromGets($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId } } }": types.BatchingRunsFromGetsDocument,
    "query BatchingThreadMessages($id: ID!) { thread(id: $id) { id messages(first: 5) { nodes { id } } } }": types.BatchingThreadMessagesDocument,
    "query BatchingRunStatuses($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId status } } }": types.BatchingRunStatusesDocument,
    "\n  fragment CodeInterpreterLinkedFile on File { id openaiId filename purpose downloadUrl }\n": types.CodeInterpreterLinkedFileFragmentDoc,
    "\n  mutation CodeInterpreterCreateRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { id } } } }\n": types.CodeInterpreterCreateRunDocument,
    "\n  query CodeInterpreterRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        steps(order: ASC) {\n          nodes {\n            id\n            stepDetails {\n              __typename\n              ... on ToolCallsStepDetails {\n                toolCalls {\n                  __typename id\n                  ... on CodeInterpreterToolCall {\n                    input\n                    outputs {\n                      __typename\n                      ... on CodeInterpreterLogs { logs }\n                      ... on CodeInterpreterImage { fileId file { ...CodeInterpreterLinkedFile } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        thread {\n          messages(order: DESC, first: 1) {\n            nodes {\n              fileIds\n              content {\n                __typename\n                ... on TextContent { value annotations { __typename ... on FilePathAnnotation { text fileId file { ...CodeInterpreterLinkedFile } } } }\n                ... on ImageFileContent { fileId downloadUrl file { ...CodeInterpreterLinkedFile } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CodeInterpreterRunDocument,
    "\n  fragment CodeInterpreterStreamedEvent on RunEvent {\n    __typename\n    event\n    ... on RunStepEvent {\n      step { stepDetails { ... on ToolCallsStepDetails { toolCalls { ... on CodeInterpreterToolCall { input outputs { ... on CodeInterpreterImage { file { openaiId } } } } } } } }\n    }\n    ... on RunStepDeltaEvent {\n      toolCalls { type codeInterpreter { input outputs { index type logs imageFileId imageFile { ...CodeInterpreterLinkedFile } } } }\n    }\n    ... on MessageDeltaEvent {\n      content {\n        __typename\n        ... on TextContentDelta { value annotations { type fileId file { ...CodeInterpreterLinkedFile } } }\n        ... on ImageFileContentDelta { fileId downloadUrl file { openaiId } }\n      }\n    }\n  }\n": types.CodeInterpreterStreamedEventFragmentDoc,
    "\n  subscription CodeInterpreterStreamedRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...CodeInterpreterStreamedEvent } }\n": types.CodeInterpreterStreamedRunDocument,
    "mutation FilesCreateAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id openaiId } } }": types.FilesCreateAssistantDocument,
    "mutation FilesAttach($a: ID!, $f: String!) { createAssistantFile(input: {assistantId: $a, fileId: $f}) { assistantFile { id openaiId createdAt assistant { id fileIds } } } }": types.FilesAttachDocument,
    "mutation FilesEmptyThread { createThread(input: {}) { thread { id openaiId } } }": types.FilesEmptyThreadDocument,
    "query FilesAssistantFileNode($id: ID!) { node(id: $id) { __typename id ... on AssistantFile { openaiId assistant { id } } } }": types.FilesAssistantFileNodeDocument,
    "query FilesAssistantFiles($a: ID!) { assistant(id: $a) {\n          fileIds\n          asc: files(order: ASC) { nodes { openaiId } }\n          desc: files { nodes { openaiId } pageInfo { hasNextPage } }\n          page: files(first: 2, order: ASC) { edges { node { openaiId } } pageInfo { hasNextPage endCursor } }\n        } }": types.FilesAssistantFilesDocument,
    "query FilesNextPage($a: ID!, $c: String) { assistant(id: $a) { files(first: 2, order: ASC, after: $c) { nodes { openaiId } pageInfo { hasNextPage } } } }": types.FilesNextPageDocument,
    "query FilesFileIds($a: ID!) { assistant(id: $a) { files(order: ASC) { nodes { id openaiId } } } }": types.FilesFileIdsDocument,
    "mutation FilesDeleteById($id: ID!) { deleteAssistantFile(input: {id: $id}) { deletedAssistantFileId assistant { fileIds } } }": types.FilesDeleteByIdDocument,
    "query FilesNodeAfterDelete($id: ID!) { node(id: $id) { id } }": types.FilesNodeAfterDeleteDocument,
    "mutation FilesDeleteByPair($a: ID!, $f: String!) { deleteAssistantFile(input: {assistantId: $a, fileId: $f}) { deletedAssistantFileId assistant { fileIds } } }": types.FilesDeleteByPairDocument,
    "query FilesDeletedNode($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId } } }": types.FilesDeletedNodeDocument,
    "mutation FilesDeleteNothing { deleteAssistantFile(input: {}) { deletedAssistantFileId } }": types.FilesDeleteNothingDocument,
    "mutation FilesDeleteHalf { deleteAssistantFile(input: {assistantId: \"asst_abc\"}) { deletedAssistantFileId } }": types.FilesDeleteHalfDocument,
    "mutation FilesMissingOnCreate { createAssistant(input: {model: \"gpt-4\", fileIds: [\"file-missing456\"]}) { assistant { id } } }": types.FilesMissingOnCreateDocument,
    "mutation FilesMissingOnMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"x\", fileIds: [\"file-missing789\"]}) { message { id } } }": types.FilesMissingOnMessageDocument,
    "mutation FilesMessageWithFiles($t: ID!) { createMessage(input: {threadId: $t, content: \"with files\", fileIds: [\"file-m1\", \"file-m2\"]}) { message { id openaiId fileIds } } }": types.FilesMessageWithFilesDocument,
    "query FilesMessageFiles($id: ID!) { node(id: $id) { ... on Message { files(order: ASC) { nodes { id openaiId createdAt message { id text } } } } } }": types.FilesMessageFilesDocument,
    "query FilesMessageFileNode($id: ID!) { node(id: $id) { __typename id ... on MessageFile { openaiId message { id } } } }": types.FilesMessageFileNodeDocument,
    "mutation FilesPlainThread { createThread(input: {messages: [{content: \"plain\"}]}) { thread { id } } }": types.FilesPlainThreadDocument,
    "query FilesNoFiles($t: ID!) { thread(id: $t) { messages { nodes { fileIds files { edges { cursor } pageInfo { hasNextPage startCursor } } } } } }": types.FilesNoFilesDocument,
    "mutation IdsDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": types.IdsDeleteAssistantDocument,
    "mutation IdsUpdateAssistantName($id: ID!) { updateAssistant(input: {id: $id, name: \"x\"}) { assistant { id } } }": types.IdsUpdateAssistantNameDocument,
    "mutation IdsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {}}) { run { id } } }": types.IdsUpdateRunDocument,
    "query IdsFirstCursor { assistants(first: 1) { edges { cursor } } }": types.IdsFirstCursorDocument,
    "mutation IdsFixtureAssistant { createAssistant(input: {model: \"gpt-4\", name: \"Fixture\", fileIds: [\"file-fixture1\"]}) { assistant { id openaiId } } }": types.IdsFixtureAssistantDocument,
    "mutation IdsFixtureRun($a: ID!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: \"hi\", fileIds: [\"file-msgfile1\"]}]}) { run { id openaiId thread { id openaiId } } } }": types.IdsFixtureRunDocument,
    "query IdsFixtureObjects($a: ID!, $t: ID!, $r: ID!) {\n        assistant(id: $a) { files { nodes { id } } }\n        thread(id: $t) {\n          messages(order: ASC) { nodes { id openaiId role files { nodes { id } } } }\n          run(id: $r) { steps { nodes { id openaiId } } }\n        }\n      }": types.IdsFixtureObjectsDocument,
    "mutation IdsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": types.IdsDeleteThreadDocument,
    "\n  fragment IdsNodeFields on Node {\n    __typename id\n    ... on Assistant { openaiId name }\n    ... on Thread { openaiId }\n    ... on Message { openaiId text }\n    ... on Run { openaiId status }\n    ... on RunStep { openaiId type }\n    ... on AssistantFile { openaiId assistant { id } }\n    ... on MessageFile { openaiId message { id } }\n  }\n": types.IdsNodeFieldsFragmentDoc,
    "query IdsNodeById($id: ID!) { node(id: $id) { id } }": types.IdsNodeByIdDocument,
    "query IdsAssistantName($id: ID!) { assistant(id: $id) { name } }": types.IdsAssistantNameDocument,
    "mutation IdsCreateThread { createThread(input: {}) { thread { id } } }": types.IdsCreateThreadDocument,
    "query IdsNode($id: ID!) { node(id: $id) { ...IdsNodeFields } }": types.IdsNodeDocument,
    "query IdsLinks($af: ID!, $mf: ID!) { af: node(id: $af) { ...IdsNodeFields } mf: node(id: $mf) { ...IdsNodeFields } }": types.IdsLinksDocument,
    "query IdsNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IdsNodeFields } }": types.IdsNodesDocument,
    "query IdsNodesIds($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.IdsNodesIdsDocument,
    "query IdsAssistantById($id: ID!) { assistant(id: $id) { id } }": types.IdsAssistantByIdDocument,
    "query IdsThreadById($id: ID!) { thread(id: $id) { id } }": types.IdsThreadByIdDocument,
    "query IdsRunOfMessageId($t: ID!, $m: ID!) { thread(id: $t) { run(id: $m) { id } } }": types.IdsRunOfMessageIdDocument,
    "query IdsMessageOfRunId($t: ID!, $r: ID!) { thread(id: $t) { message(id: $r) { id } } }": types.IdsMessageOfRunIdDocument,
    "query IdsMissingLookups($t: ID!, $ga: ID!, $gt: ID!, $gm: ID!, $gr: ID!) {\n        rawAssistant: assistant(id: \"asst_doesnotexist000000000\") { id }\n        globalAssistant: assistant(id: $ga) { id }\n        rawThread: thread(id: \"thread_doesnotexist00000000\") { id }\n        globalThread: thread(id: $gt) { id }\n        thread(id: $t) {\n          rawMessage: message(id: \"msg_doesnotexist0000000000\") { id }\n          rawRun: run(id: \"run_doesnotexist0000000000\") { id }\n        }\n        deletedMessage: node(id: $gm) { id }\n        deletedRun: node(id: $gr) { id }\n      }": types.IdsMissingLookupsDocument,
    "mutation IdsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {}}) { thread { id } } }": types.IdsUpdateThreadDocument,
    "mutation IdsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {}}) { message { id } } }": types.IdsUpdateMessageDocument,
    "mutation IdsCancelGone($id: ID!) { cancelRun(input: {id: $id}) { run { id } } }": types.IdsCancelGoneDocument,
    "mutation IdsSubmitGone($id: ID!) { submitToolOutputs(input: {runId: $id, toolOutputs: []}) { run { id } } }": types.IdsSubmitGoneDocument,
    "mutation IdsCanaryMessage { createMessage(input: {threadId: \"thread_nope00000000\", content: \"x\"}) { message { id } } }": types.IdsCanaryMessageDocument,
    "query IdsCanaryNode { node(id: \"garbage!!\") { id } }": types.IdsCanaryNodeDocument,
    "mutation IdsCanaryFile { createAssistantFile(input: {assistantId: \"asst_nope0000\", fileId: \"file-missing1\"}) { assistantFile { id } } }": types.IdsCanaryFileDocument,
    "mutation IdsKeyAAssistant { createAssistant(input: {model: \"gpt-4\", name: \"A only\"}) { assistant { id openaiId } } }": types.IdsKeyAAssistantDocument,
    "query IdsKeyBLookups($id: ID!, $raw: ID!) { assistant(id: $id) { name } raw: assistant(id: $raw) { name } node(id: $id) { id } }": types.IdsKeyBLookupsDocument,
    "query IdsKeyBList { assistants(first: 100) { nodes { openaiId } } }": types.IdsKeyBListDocument,
    "query IdsForwarded { assistants(first: 1) { nodes { id } } }": types.IdsForwardedDocument,
    "query IdsThreeTimes($g: ID!, $r: ID!) { a: assistant(id: $g) { openaiId } b: assistant(id: $r) { openaiId name } c: node(id: $g) { ... on Assistant { openaiId } } }": types.IdsThreeTimesDocument,
    "mutation IdsAddMessage($t: ID!, $c: String!) { createMessage(input: {threadId: $t, content: $c}) { message { id } } }": types.IdsAddMessageDocument,
    "mutation IdsRunAgain($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }": types.IdsRunAgainDocument,
    "query IdsReplyAssistants($t: ID!) { thread(id: $t) { messages { nodes { role assistant { openaiId name } } } } }": types.IdsReplyAssistantsDocument,
    "mutation IdsOldAssistant { createAssistant(input: {model: \"gpt-4\", name: \"old\"}) { assistant { id } } }": types.IdsOldAssistantDocument,
    "mutation IdsRenameNew($id: ID!) { updateAssistant(input: {id: $id, name: \"new\"}) { assistant { id } } }": types.IdsRenameNewDocument,
    "mutation BatteryCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"Battery\", instructions: \"Test.\", fileIds: [\"file-bat1\"],\n            tools: [{type: FUNCTION, function: {name: \"get_weather\"}}], metadata: {suite: \"battery\"}}) {\n            assistant { id openaiId name model createdAt fileIds tools { type } } } }": types.BatteryCreateAssistantDocument,
    "query BatteryGetAssistant($id: ID!) { assistant(id: $id) { id openaiId name instructions metadata } }": types.BatteryGetAssistantDocument,
    "query BatteryListAssistants { assistants(first: 10) { nodes { id openaiId } } }": types.BatteryListAssistantsDocument,
    "mutation BatteryUpdateAssistant($id: ID!) { updateAssistant(input: {id: $id, name: \"Battery 2\"}) { assistant { id openaiId name model } } }": types.BatteryUpdateAssistantDocument,
    "mutation BatteryCreateAssistantFile($a: ID!) { createAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { assistantFile { id openaiId createdAt } } }": types.BatteryCreateAssistantFileDocument,
    "query BatteryListAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { openaiId } } } }": types.BatteryListAssistantFilesDocument,
    "query BatteryAssistantFileIds($id: ID!) { assistant(id: $id) { files { nodes { id openaiId } } } }": types.BatteryAssistantFileIdsDocument,
    "query BatteryGetAssistantFile($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId createdAt assistant { id } } } }": types.BatteryGetAssistantFileDocument,
    "mutation BatteryDeleteAssistantFile($a: ID!) { deleteAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { deletedAssistantFileId } }": types.BatteryDeleteAssistantFileDocument,
    "mutation BatteryCreateThread { createThread(input: {metadata: {suite: \"battery\"}, messages: [{content: \"hello battery\", fileIds: [\"file-mf1\"]}]}) {\n          thread { id openaiId createdAt metadata } } }": types.BatteryCreateThreadDocument,
    "query BatteryGetThread($id: ID!) { thread(id: $id) { id openaiId metadata } }": types.BatteryGetThreadDocument,
    "mutation BatteryUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {suite: \"battery\", step: \"2\"}}) { thread { metadata } } }": types.BatteryUpdateThreadDocument,
    "query BatteryListMessages($id: ID!) { thread(id: $id) { messages { nodes { id openaiId text role } } } }": types.BatteryListMessagesDocument,
    "mutation BatteryCreateMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"second message\"}) { message { id openaiId text createdAt } } }": types.BatteryCreateMessageDocument,
    "query BatteryGetMessage($id: ID!) { node(id: $id) { ... on Message { id openaiId text fileIds } } }": types.BatteryGetMessageDocument,
    "mutation BatteryUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {seen: \"yes\"}}) { message { metadata } } }": types.BatteryUpdateMessageDocument,
    "query BatteryListMessageFiles($id: ID!) { node(id: $id) { ... on Message { files { nodes { openaiId } } } } }": types.BatteryListMessageFilesDocument,
    "query BatteryMessageFileIds($id: ID!) { node(id: $id) { ... on Message { files { nodes { id } } } } }": types.BatteryMessageFileIdsDocument,
    "query BatteryGetMessageFile($id: ID!) { node(id: $id) { ... on MessageFile { openaiId createdAt } } }": types.BatteryGetMessageFileDocument,
    "mutation BatteryCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, metadata: {k: \"v\"}}) { run { id openaiId status model metadata } } }": types.BatteryCreateRunDocument,
    "query BatteryGetRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { id openaiId status usage { totalTokens } } } }": types.BatteryGetRunDocument,
    "query BatteryListRuns($t: ID!) { thread(id: $t) { runs { nodes { id openaiId } } } }": types.BatteryListRunsDocument,
    "mutation BatteryUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {k: \"w\"}}) { run { metadata } } }": types.BatteryUpdateRunDocument,
    "query BatteryListRunSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { id openaiId type status } } } } }": types.BatteryListRunStepsDocument,
    "query BatteryGetRunStep($id: ID!) { node(id: $id) { ... on RunStep { id openaiId type stepDetails { ... on MessageCreationStepDetails { messageId } } } } }": types.BatteryGetRunStepDocument,
    "mutation BatteryCreateThreadAndRun($a: ID!, $content: String!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: $content}]}) {\n            run { id openaiId status thread { id openaiId } } } }": types.BatteryCreateThreadAndRunDocument,
    "query BatteryRequiredAction($id: ID!) { node(id: $id) { ... on Run { requiredAction { toolCalls { id functionName } } } } }": types.BatteryRequiredActionDocument,
    "mutation BatterySubmitToolOutputs($id: ID!, $c: String!) { submitToolOutputs(input: {runId: $id, toolOutputs: [{toolCallId: $c, output: \"cold\"}]}) { run { id openaiId status } } }": types.BatterySubmitToolOutputsDocument,
    "mutation BatterySlowRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, additionalMessages: [{content: \"slowly #slow\"}]}) { run { id openaiId } } }": types.BatterySlowRunDocument,
    "mutation BatteryCancelRun($id: ID!) { cancelRun(input: {id: $id}) { run { id openaiId status } } }": types.BatteryCancelRunDocument,
    "mutation BatteryDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": types.BatteryDeleteThreadDocument,
    "mutation BatteryDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }": types.BatteryDeleteAssistantDocument,
    "\n  query PaginationAssistants($first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    assistants(first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n": types.PaginationAssistantsDocument,
    "\n  query PaginationMessages($thread: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    thread(id: $thread) {\n      messages(first: $first, after: $after, last: $last, before: $before, order: $order) {\n        edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n": types.PaginationMessagesDocument,
    "mutation PaginationCreateAssistant($n: String) { createAssistant(input: {model: \"gpt-4\", name: $n}) { assistant { id } } }": types.PaginationCreateAssistantDocument,
    "mutation PaginationCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }": types.PaginationCreateThreadDocument,
    "mutation PaginationEmptyThread { createThread(input: {}) { thread { id } } }": types.PaginationEmptyThreadDocument,
    "mutation PaginationOtherThread { createThread(input: {messages: [{content: \"x\"}]}) { thread { id } } }": types.PaginationOtherThreadDocument,
    "mutation PlainPostWaitingRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }": types.PlainPostWaitingRunDocument,
    "\n  query RealModelRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        id status requiredAction { toolCalls { id functionName arguments } } usage { promptTokens completionTokens totalTokens }\n        messages(order: ASC) { nodes { role text } } steps(order: ASC) { nodes { type status } }\n      }\n    }\n  }\n": types.RealModelRunDocument,
    "mutation RealModelThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }": types.RealModelThreadAndRunDocument,
    "mutation RealModelSubmit($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { status } } }": types.RealModelSubmitDocument,
    "subscription RealModelIncomplete($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) { event ... on RunStatusEvent { run { status incompleteDetails { reason } } } }\n      }": types.RealModelIncompleteDocument,
    "subscription RealModelStream($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) {\n          event\n          ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n          ... on MessageEvent { message { text } }\n        }\n      }": types.RealModelStreamDocument,
    "\n  fragment RunsRunFields on Run {\n    id openaiId status isActive model instructions metadata temperature maxPromptTokens maxCompletionTokens\n    createdAt startedAt completedAt cancelledAt failedAt expiresAt incompleteDetails { reason } fileIds\n    truncationStrategy { type lastMessages }\n    toolChoice { type functionName }\n    responseFormat\n    tools { type ... on FunctionTool { function { name } } }\n    requiredAction { type toolCalls { id functionName arguments parsedArguments } }\n    lastError { code message }\n    usage { promptTokens completionTokens totalTokens }\n    thread { id openaiId }\n    assistant { id openaiId }\n  }\n": types.RunsRunFieldsFragmentDoc,
    "mutation RunsCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id openaiId } } }": types.RunsCreateAssistantDocument,
    "mutation RunsCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }": types.RunsCreateThreadDocument,
    "mutation RunsCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { ...RunsRunFields } } }": types.RunsCreateRunDocument,
    "mutation RunsThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { ...RunsRunFields } } }": types.RunsThreadAndRunDocument,
    "query RunsGetRun($id: ID!) { node(id: $id) { ... on Run { ...RunsRunFields } } }": types.RunsGetRunDocument,
    "query RunsThreadRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { ...RunsRunFields } } }": types.RunsThreadRunDocument,
    "mutation RunsSubmitToolOutputs($id: ID!, $outputs: [ToolOutputInput!]!) { submitToolOutputs(input: {runId: $id, toolOutputs: $outputs}) { run { id status } } }": types.RunsSubmitToolOutputsDocument,
    "mutation RunsCancel($id: ID!) { cancelRun(input: {id: $id}) { run { id status isActive } } }": types.RunsCancelDocument,
    "query RunsActiveRun($t: ID!) { thread(id: $t) { activeRun { id status isActive } } }": types.RunsActiveRunDocument,
    "query RunsCompletedRun($t: ID!, $r: ID!) { thread(id: $t) {\n          activeRun { id }\n          runs { nodes { id } }\n          run(id: $r) {\n            messages { nodes { id role text run { id } assistant { id } } }\n            steps { nodes { id type status usage { totalTokens } run { id } thread { id } assistant { id }\n              stepDetails { __typename ... on MessageCreationStepDetails { messageId message { id text } } } } }\n          }\n        } }": types.RunsCompletedRunDocument,
    "query RunsThreadMessages($t: ID!) { thread(id: $t) { metadata messages(order: ASC) { nodes { role text } } } }": types.RunsThreadMessagesDocument,
    "mutation RunsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {b: \"2\"}}) { run { id metadata } } }": types.RunsUpdateRunDocument,
    "query RunsToolRun($id: ID!) { node(id: $id) { ... on Run {\n          messages { nodes { role text } }\n          steps(order: ASC) { nodes { type status stepDetails { __typename\n            ... on ToolCallsStepDetails { toolCalls { __typename id ... on FunctionToolCall { name arguments output } } } } } }\n        } } }": types.RunsToolRunDocument,
    "query RunsReplyText($id: ID!) { node(id: $id) { ... on Run { messages { nodes { text } } } } }": types.RunsReplyTextDocument,
    "mutation RunsCreateMessage($t: ID!, $content: String!) { createMessage(input: {threadId: $t, content: $content}) { message { id } } }": types.RunsCreateMessageDocument,
    "mutation RunsSecondRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id } } }": types.RunsSecondRunDocument,
    "query RunsActiveRunStatus($t: ID!) { thread(id: $t) { activeRun { id status } } }": types.RunsActiveRunStatusDocument,
    "mutation RunsInvalidRun($input: CreateRunInput!) { createRun(input: $input) { run { id } } }": types.RunsInvalidRunDocument,
    "mutation RunsHotThreadAndRun { createThreadAndRun(input: {assistantId: \"asst_abc123\", temperature: 3}) { run { id } } }": types.RunsHotThreadAndRunDocument,
    "mutation RunsWrongTypeId { createRun(input: {threadId: \"asst_abc123\", assistantId: \"asst_abc123\"}) { run { id } } }": types.RunsWrongTypeIdDocument,
    "mutation RunsMissingAssistant($t: ID!) { createRun(input: {threadId: $t, assistantId: \"asst_doesnotexist0000\"}) { run { id } } }": types.RunsMissingAssistantDocument,
    "query RunsExpiredSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { type status expiredAt } } } } }": types.RunsExpiredStepsDocument,
    "mutation SmokeCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"A\"}) { assistant { id name } } }": types.SmokeCreateAssistantDocument,
    "query SmokeReadAssistant($id: ID!) { node(id: $id) { id ... on Assistant { name model createdAt tools { type } } } }": types.SmokeReadAssistantDocument,
    "\n  fragment SubscriptionsEventFields on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { id } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on RunStepEvent { step { openaiId type status run { status } } }\n    ... on RunStepDeltaEvent {\n      stepId stepType\n      toolCalls {\n        index id type\n        function { name arguments output }\n        codeInterpreter { input outputs { index type logs imageFileId } }\n      }\n    }\n    ... on MessageEvent { message { id text status } }\n    ... on MessageDeltaEvent {\n      messageId role\n      content {\n        __typename index type\n        ... on TextContentDelta { value annotations { index type text fileId quote startIndex endIndex } }\n        ... on ImageFileContentDelta { fileId }\n      }\n    }\n    ... on StreamErrorEvent { error { code message type } }\n    ... on UnknownRunEvent { data }\n  }\n": types.SubscriptionsEventFieldsFragmentDoc,
    "subscription SubscriptionsThreadAndRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...SubscriptionsEventFields } }": types.SubscriptionsThreadAndRunDocument,
    "subscription SubscriptionsRunEvents($input: CreateRunInput!) { runEvents(input: $input) { ...SubscriptionsEventFields } }": types.SubscriptionsRunEventsDocument,
    "subscription SubscriptionsToolOutputs($input: SubmitToolOutputsInput!) { toolOutputEvents(input: $input) { ...SubscriptionsEventFields } }": types.SubscriptionsToolOutputsDocument,
    "subscription SubscriptionsFollowRun($id: ID!) { run(id: $id) { id status } }": types.SubscriptionsFollowRunDocument,
    "mutation SubscriptionsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { openaiId } } } }": types.SubscriptionsCreateThreadAndRunDocument,
    "query SubscriptionsThreadMessages($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { role text } } } }": types.SubscriptionsThreadMessagesDocument,
    "mutation SubscriptionsFirstThread { createThread(input: {messages: [{content: \"first\"}]}) { thread { id } } }": types.SubscriptionsFirstThreadDocument,
    "mutation SubscriptionsEmptyThread { createThread(input: {}) { thread { openaiId } } }": types.SubscriptionsEmptyThreadDocument,
    "\n  fragment ThreadsMessageFields on Message {\n    id openaiId role text status metadata createdAt fileIds\n    content { __typename ... on TextContent { value annotations { __typename } } ... on ImageFileContent { fileId } }\n    thread { id openaiId }\n    assistant { id }\n    run { id }\n  }\n": types.ThreadsMessageFieldsFragmentDoc,
    "mutation ThreadsCreateThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId createdAt metadata } } }": types.ThreadsCreateThreadDocument,
    "mutation ThreadsCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { ...ThreadsMessageFields } } }": types.ThreadsCreateMessageDocument,
    "query ThreadsMessagesAsc($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { ...ThreadsMessageFields } } } }": types.ThreadsMessagesAscDocument,
    "query ThreadsMessagesDesc($id: ID!) { thread(id: $id) { messages { nodes { text } } } }": types.ThreadsMessagesDescDocument,
    "query ThreadsThreadById($id: ID!) { thread(id: $id) { id openaiId metadata } }": types.ThreadsThreadByIdDocument,
    "mutation ThreadsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {b: \"2\"}}) { thread { id metadata } } }": types.ThreadsUpdateThreadDocument,
    "mutation ThreadsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }": types.ThreadsDeleteThreadDocument,
    "query ThreadsDeletedLookup($id: ID!) { thread(id: $id) { id } node(id: $id) { id } }": types.ThreadsDeletedLookupDocument,
    "mutation ThreadsUpdateDeleted($id: ID!) { updateThread(input: {id: $id, metadata: {a: \"1\"}}) { thread { id } } }": types.ThreadsUpdateDeletedDocument,
    "mutation ThreadsBigMetadata($m: Metadata) { createThread(input: {metadata: $m}) { thread { id } } }": types.ThreadsBigMetadataDocument,
    "mutation ThreadsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {b: \"2\"}}) { message { id metadata text } } }": types.ThreadsUpdateMessageDocument,
    "query ThreadsMessageLookups($t: ID!, $m: ID!, $raw: ID!, $missing: ID!) {\n      thread(id: $t) { byGlobal: message(id: $m) { id text } byRaw: message(id: $raw) { id text } missing: message(id: $missing) { id } }\n    }": types.ThreadsMessageLookupsDocument,
    "query ThreadsMessageOfOther($t: ID!, $m: ID!) { thread(id: $t) { message(id: $m) { id } } }": types.ThreadsMessageOfOtherDocument,
    "mutation ThreadsEmptyMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"\"}) { message { id } } }": types.ThreadsEmptyMessageDocument,
    "mutation ThreadsTooManyFiles($t: ID!, $f: [String!]) { createMessage(input: {threadId: $t, content: \"x\", fileIds: $f}) { message { id } } }": types.ThreadsTooManyFilesDocument,
    "mutation ThreadsMessageOnMissing { createMessage(input: {threadId: \"thread_nope0000\", content: \"x\"}) { message { id } } }": types.ThreadsMessageOnMissingDocument,
    "mutation ThreadsCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }": types.ThreadsCreateRunDocument,
    "query ThreadsMessagesOfRun($t: ID!, $r: ID!, $raw: ID!) { thread(id: $t) {\n      all: messages { nodes { openaiId role } }\n      byGlobal: messages(runId: $r) { nodes { ...ThreadsMessageFields } }\n      byRaw: messages(runId: $raw) { nodes { openaiId } }\n    } }": types.ThreadsMessagesOfRunDocument,
    "\n  subscription TransportsThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) {\n      __typename\n      event\n      ... on MessageEvent { message { text } }\n      ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n      ... on RunStatusEvent { run { id status } }\n    }\n  }\n": types.TransportsThreadAndRunDocument,
    "subscription TransportsFollowRun($id: ID!) { run(id: $id) { id status } }": types.TransportsFollowRunDocument,
    "mutation TransportsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }": types.TransportsCreateThreadAndRunDocument,
    "query TransportsAssistants { assistants(first: 1) { nodes { id } } }": types.TransportsAssistantsDocument,
    "query TransportsMissingAssistant { assistant(id: \"asst_1\") { id } }": types.TransportsMissingAssistantDocument,
    "\n  mutation UploadsUpload($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { id openaiId filename bytes purpose status statusDetails createdAt downloadUrl } }\n  }\n": types.UploadsUploadDocument,
    "\n  query UploadsFileNode($id: ID!) { node(id: $id) { id ... on File { openaiId filename bytes purpose status downloadUrl } } }\n": types.UploadsFileNodeDocument,
    "\n  query UploadsFiles($purpose: FilePurpose, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    files(purpose: $purpose, first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId filename purpose } }\n      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n    }\n  }\n": types.UploadsFilesDocument,
    "mutation UploadsDeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }": types.UploadsDeleteFileDocument,
    "mutation UploadsAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id files { nodes { file { id filename } } } } } }": types.UploadsAssistantDocument,
    "mutation UploadsThread($f: [String!]) { createThread(input: {messages: [{content: \"see file\", fileIds: $f}]}) { thread { messages { nodes { files { nodes { file { id filename bytes } } } } } } } }": types.UploadsThreadDocument,
    "query UploadsAfterDelete($a: ID!) { assistant(id: $a) { fileIds } }": types.UploadsAfterDeleteDocument,
    "mutation UploadsEmptyThread { createThread(input: {}) { thread { openaiId } } }": types.UploadsEmptyThreadDocument,
    "query UploadsAnnotated($t: ID!) { thread(id: $t) { messages { nodes { content {\n          __typename\n          ... on TextContent { annotations { __typename ... on FileCitationAnnotation { file { id filename downloadUrl } } ... on FilePathAnnotation { file { filename purpose downloadUrl } } } }\n          ... on ImageFileContent { fileId file { filename purpose bytes downloadUrl } }\n        } } } } }": types.UploadsAnnotatedDocument,
    "query FaultsAssistant { assistant(id: \"asst_1\") { id } }": types.FaultsAssistantDocument,
    "mutation FaultsCreateThread { createThread(input: {}) { thread { id } } }": types.FaultsCreateThreadDocument,
    "query FaultsRuns($id: ID!) { thread(id: $id) { runs(first: 3) { nodes { openaiId status incompleteDetails { reason } temperature toolChoice { type } } } } }": types.FaultsRunsDocument,
    "query FaultsUnknownValues($id: ID!) { thread(id: $id) {\n          messages(first: 5) { nodes { status } }\n          run(id: \"run_1\") { steps(first: 5) { nodes { status type } } }\n        } }": types.FaultsUnknownValuesDocument,
    "query FaultsEmptyList { assistants(first: 5) { nodes { id } pageInfo { startCursor endCursor hasNextPage } } }": types.FaultsEmptyListDocument,
    "query FaultsAssistantName { assistant(id: \"asst_1\") { id name } }": types.FaultsAssistantNameDocument,
    "\n  query KitRunStatus($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        status\n      }\n    }\n  }\n": types.KitRunStatusDocument,
    "\n  mutation KitCreateAssistant($input: CreateAssistantInput!) {\n    createAssistant(input: $input) {\n      assistant {\n        id\n        openaiId\n        name\n        model\n      }\n    }\n  }\n": types.KitCreateAssistantDocument,
    "query OperabilityAssistant($id: ID!) { assistant(id: $id) { id name } }": types.OperabilityAssistantDocument,
    "query OperabilityNode($id: ID!) { node(id: $id) { id } }": types.OperabilityNodeDocument,
    "mutation OperabilityCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { openaiId } } }": types.OperabilityCreateDocument,
    "mutation OperabilityDelete($id: ID!) { deleteAssistant(input: { id: $id }) { deletedAssistantId } }": types.OperabilityDeleteDocument,
    "subscription OperabilityEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }": types.OperabilityEventsDocument,
    "query OperabilityTwoAssistants($a: ID!, $b: ID!) { a: assistant(id: $a) { name } b: assistant(id: $b) { name } }": types.OperabilityTwoAssistantsDocument,
    "query SecurityMissingAssistant { assistant(id: \"asst_nope\") { id } }": types.SecurityMissingAssistantDocument,
    "query SecurityOrdinary { assistants(first: 1) { nodes { id } } }": types.SecurityOrdinaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesUpload($input: UploadFileInput!) { uploadFile(input: $input) { file { id openaiId filename downloadUrl } } }"): typeof import('./graphql.js').OwnFilesUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnFilesLookups($id: ID!) {\n    node(id: $id) { id ... on File { filename } }\n    nodes(ids: [$id]) { id }\n    files(first: 100) { nodes { id filename } }\n  }\n"): typeof import('./graphql.js').OwnFilesLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesDelete($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }"): typeof import('./graphql.js').OwnFilesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId } } }"): typeof import('./graphql.js').OwnFilesThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnFilesCitations($id: ID!) {\n    thread(id: $id) { messages { nodes { content { ... on TextContent { annotations { ... on FileCitationAnnotation { fileId file { id filename } } } } } } } }\n  }\n"): typeof import('./graphql.js').OwnFilesCitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id files { nodes { file { filename } } } } } }"): typeof import('./graphql.js').OwnFilesMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }"): typeof import('./graphql.js').OwnFilesAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnFilesAttach($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }"): typeof import('./graphql.js').OwnFilesAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnFilesAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { file { id filename downloadUrl } } } } }"): typeof import('./graphql.js').OwnFilesAssistantFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer { viewer { kind issuer subject isAdmin } }"): typeof import('./graphql.js').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AuthFollowRun($id: ID!) { run(id: $id) { id status } }"): typeof import('./graphql.js').AuthFollowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id } } }"): typeof import('./graphql.js').OwnCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnUpdateAssistant($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { id name } } }"): typeof import('./graphql.js').OwnUpdateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnDeleteAssistant($input: DeleteAssistantInput!) { deleteAssistant(input: $input) { deletedAssistantId } }"): typeof import('./graphql.js').OwnDeleteAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCreateAssistantFile($input: CreateAssistantFileInput!) { createAssistantFile(input: $input) { assistantFile { id } } }"): typeof import('./graphql.js').OwnCreateAssistantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnDeleteAssistantFile($input: DeleteAssistantFileInput!) { deleteAssistantFile(input: $input) { deletedAssistantFileId } }"): typeof import('./graphql.js').OwnDeleteAssistantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnAssistant($id: ID!) { assistant(id: $id) { id } }"): typeof import('./graphql.js').OwnAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OwnCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) { thread { id openaiId metadata messages { nodes { id } } } }\n  }\n"): typeof import('./graphql.js').OwnCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnUpdateThread($input: UpdateThreadInput!) { updateThread(input: $input) { thread { id metadata } } }"): typeof import('./graphql.js').OwnUpdateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnDeleteThread($input: DeleteThreadInput!) { deleteThread(input: $input) { deletedThreadId } }"): typeof import('./graphql.js').OwnDeleteThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { id } } }"): typeof import('./graphql.js').OwnCreateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnUpdateMessage($input: UpdateMessageInput!) { updateMessage(input: $input) { message { id } } }"): typeof import('./graphql.js').OwnUpdateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }"): typeof import('./graphql.js').OwnCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnUpdateRun($input: UpdateRunInput!) { updateRun(input: $input) { run { id } } }"): typeof import('./graphql.js').OwnUpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnCancelRun($input: CancelRunInput!) { cancelRun(input: $input) { run { id } } }"): typeof import('./graphql.js').OwnCancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OwnSubmitOutputs($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { id } } }"): typeof import('./graphql.js').OwnSubmitOutputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnLookups($thread: ID!, $raw: ID!, $message: ID!, $run: ID!) {\n    node(id: $thread) { id }\n    nodes(ids: [$thread, $message, $run]) { id }\n    thread(id: $raw) { id activeRun { id } runs { nodes { id } } }\n  }\n"): typeof import('./graphql.js').OwnLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OwnFollowRun($id: ID!) { run(id: $id) { id status } }"): typeof import('./graphql.js').OwnFollowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OwnRunEvents($input: CreateRunInput!) { runEvents(input: $input) { event } }"): typeof import('./graphql.js').OwnRunEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OwnThreadAndRunEvents($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) { event ... on ThreadCreatedEvent { thread { metadata } } }\n  }\n"): typeof import('./graphql.js').OwnThreadAndRunEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnViewerThreads { viewer { subject threads(first: 50) { nodes { id } } } }"): typeof import('./graphql.js').OwnViewerThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').OwnNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BudgetAssistants { assistants(first: 1) { nodes { id } } }"): typeof import('./graphql.js').BudgetAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BudgetThreadThenRun($run: CreateThreadAndRunInput!) {\n    createThread(input: {}) { thread { id } }\n    createThreadAndRun(input: $run) { run { id } }\n  }\n"): typeof import('./graphql.js').BudgetThreadThenRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BudgetThreadAndRunEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }\n"): typeof import('./graphql.js').BudgetThreadAndRunEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClientsAssistantTools($id: ID!) {\n      assistant(id: $id) {\n        id\n        tools {\n          ... on FunctionTool { function { name } }\n          ... on Tool { type }\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ClientsAssistantToolsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ClientsAssistantsPage($first: Int!, $after: String) {\n      assistants(first: $first, after: $after, order: ASC) {\n        edges { cursor node { id name } }\n        nodes { id name }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  "): typeof import('./graphql.js').ClientsAssistantsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GatewaysRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }"): typeof import('./graphql.js').GatewaysRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssistantsAssistantFields on Assistant {\n    id openaiId createdAt name description model instructions fileIds metadata\n    tools {\n      __typename type\n      ... on FunctionTool { function { name description parameters } }\n    }\n  }\n"): typeof import('./graphql.js').AssistantsAssistantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssistantsCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }"): typeof import('./graphql.js').AssistantsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssistantsUpdate($input: UpdateAssistantInput!) { updateAssistant(input: $input) { assistant { ...AssistantsAssistantFields } } }"): typeof import('./graphql.js').AssistantsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssistantsDelete($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }"): typeof import('./graphql.js').AssistantsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssistantsAssistantAndNode($id: ID!) { assistant(id: $id) { id openaiId name } node(id: $id) { id } }"): typeof import('./graphql.js').AssistantsAssistantAndNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssistantsLookup($id: ID!) { assistant(id: $id) { id openaiId name } }"): typeof import('./graphql.js').AssistantsLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssistantsAfterDelete($id: ID!, $raw: ID!) { assistant(id: $id) { id } raw: assistant(id: $raw) { id } node(id: $id) { id } }"): typeof import('./graphql.js').AssistantsAfterDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BatchingRunFields on Run { id openaiId status createdAt metadata assistant { id } thread { id } }"): typeof import('./graphql.js').BatchingRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingRun($id: ID!) { node(id: $id) { ... on Run { ...BatchingRunFields } } }"): typeof import('./graphql.js').BatchingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingRuns($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { ...BatchingRunFields } } }"): typeof import('./graphql.js').BatchingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingAnyNode($id: ID!) { node(id: $id) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }"): typeof import('./graphql.js').BatchingAnyNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingAnyNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Run { openaiId status } ... on Message { openaiId text } ... on Assistant { openaiId name } } }"): typeof import('./graphql.js').BatchingAnyNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingThreadPage($id: ID!) { thread(id: $id) { id messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }"): typeof import('./graphql.js').BatchingThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingThreadPageWithDate($id: ID!) { thread(id: $id) { id createdAt messages(first: 20) { nodes { id run { openaiId status } assistant { openaiId name } } } } }"): typeof import('./graphql.js').BatchingThreadPageWithDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchingCreateThread { createThread(input: {}) { thread { id openaiId } } }"): typeof import('./graphql.js').BatchingCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatchingCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { id openaiId } } }"): typeof import('./graphql.js').BatchingCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingRunIds($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { id } } }"): typeof import('./graphql.js').BatchingRunIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingMessageRuns($id: ID!) { thread(id: $id) { messages(first: 20) { nodes { run { openaiId } } } } }"): typeof import('./graphql.js').BatchingMessageRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingTwoRuns($id: ID!) { thread(id: $id) { a: run(id: \"run_1\") { id } b: run(id: \"run_2\") { id } } }"): typeof import('./graphql.js').BatchingTwoRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingNodeId($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').BatchingNodeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingRunsFromGets($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId } } }"): typeof import('./graphql.js').BatchingRunsFromGetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingThreadMessages($id: ID!) { thread(id: $id) { id messages(first: 5) { nodes { id } } } }"): typeof import('./graphql.js').BatchingThreadMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchingRunStatuses($ids: [ID!]!) { nodes(ids: $ids) { ... on Run { openaiId status } } }"): typeof import('./graphql.js').BatchingRunStatusesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CodeInterpreterLinkedFile on File { id openaiId filename purpose downloadUrl }\n"): typeof import('./graphql.js').CodeInterpreterLinkedFileFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CodeInterpreterCreateRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { id } } } }\n"): typeof import('./graphql.js').CodeInterpreterCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CodeInterpreterRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        steps(order: ASC) {\n          nodes {\n            id\n            stepDetails {\n              __typename\n              ... on ToolCallsStepDetails {\n                toolCalls {\n                  __typename id\n                  ... on CodeInterpreterToolCall {\n                    input\n                    outputs {\n                      __typename\n                      ... on CodeInterpreterLogs { logs }\n                      ... on CodeInterpreterImage { fileId file { ...CodeInterpreterLinkedFile } }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        thread {\n          messages(order: DESC, first: 1) {\n            nodes {\n              fileIds\n              content {\n                __typename\n                ... on TextContent { value annotations { __typename ... on FilePathAnnotation { text fileId file { ...CodeInterpreterLinkedFile } } } }\n                ... on ImageFileContent { fileId downloadUrl file { ...CodeInterpreterLinkedFile } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CodeInterpreterRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CodeInterpreterStreamedEvent on RunEvent {\n    __typename\n    event\n    ... on RunStepEvent {\n      step { stepDetails { ... on ToolCallsStepDetails { toolCalls { ... on CodeInterpreterToolCall { input outputs { ... on CodeInterpreterImage { file { openaiId } } } } } } } }\n    }\n    ... on RunStepDeltaEvent {\n      toolCalls { type codeInterpreter { input outputs { index type logs imageFileId imageFile { ...CodeInterpreterLinkedFile } } } }\n    }\n    ... on MessageDeltaEvent {\n      content {\n        __typename\n        ... on TextContentDelta { value annotations { type fileId file { ...CodeInterpreterLinkedFile } } }\n        ... on ImageFileContentDelta { fileId downloadUrl file { openaiId } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CodeInterpreterStreamedEventFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CodeInterpreterStreamedRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...CodeInterpreterStreamedEvent } }\n"): typeof import('./graphql.js').CodeInterpreterStreamedRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesCreateAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id openaiId } } }"): typeof import('./graphql.js').FilesCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesAttach($a: ID!, $f: String!) { createAssistantFile(input: {assistantId: $a, fileId: $f}) { assistantFile { id openaiId createdAt assistant { id fileIds } } } }"): typeof import('./graphql.js').FilesAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesEmptyThread { createThread(input: {}) { thread { id openaiId } } }"): typeof import('./graphql.js').FilesEmptyThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesAssistantFileNode($id: ID!) { node(id: $id) { __typename id ... on AssistantFile { openaiId assistant { id } } } }"): typeof import('./graphql.js').FilesAssistantFileNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesAssistantFiles($a: ID!) { assistant(id: $a) {\n          fileIds\n          asc: files(order: ASC) { nodes { openaiId } }\n          desc: files { nodes { openaiId } pageInfo { hasNextPage } }\n          page: files(first: 2, order: ASC) { edges { node { openaiId } } pageInfo { hasNextPage endCursor } }\n        } }"): typeof import('./graphql.js').FilesAssistantFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesNextPage($a: ID!, $c: String) { assistant(id: $a) { files(first: 2, order: ASC, after: $c) { nodes { openaiId } pageInfo { hasNextPage } } } }"): typeof import('./graphql.js').FilesNextPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesFileIds($a: ID!) { assistant(id: $a) { files(order: ASC) { nodes { id openaiId } } } }"): typeof import('./graphql.js').FilesFileIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesDeleteById($id: ID!) { deleteAssistantFile(input: {id: $id}) { deletedAssistantFileId assistant { fileIds } } }"): typeof import('./graphql.js').FilesDeleteByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesNodeAfterDelete($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').FilesNodeAfterDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesDeleteByPair($a: ID!, $f: String!) { deleteAssistantFile(input: {assistantId: $a, fileId: $f}) { deletedAssistantFileId assistant { fileIds } } }"): typeof import('./graphql.js').FilesDeleteByPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesDeletedNode($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId } } }"): typeof import('./graphql.js').FilesDeletedNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesDeleteNothing { deleteAssistantFile(input: {}) { deletedAssistantFileId } }"): typeof import('./graphql.js').FilesDeleteNothingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesDeleteHalf { deleteAssistantFile(input: {assistantId: \"asst_abc\"}) { deletedAssistantFileId } }"): typeof import('./graphql.js').FilesDeleteHalfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesMissingOnCreate { createAssistant(input: {model: \"gpt-4\", fileIds: [\"file-missing456\"]}) { assistant { id } } }"): typeof import('./graphql.js').FilesMissingOnCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesMissingOnMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"x\", fileIds: [\"file-missing789\"]}) { message { id } } }"): typeof import('./graphql.js').FilesMissingOnMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesMessageWithFiles($t: ID!) { createMessage(input: {threadId: $t, content: \"with files\", fileIds: [\"file-m1\", \"file-m2\"]}) { message { id openaiId fileIds } } }"): typeof import('./graphql.js').FilesMessageWithFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesMessageFiles($id: ID!) { node(id: $id) { ... on Message { files(order: ASC) { nodes { id openaiId createdAt message { id text } } } } } }"): typeof import('./graphql.js').FilesMessageFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesMessageFileNode($id: ID!) { node(id: $id) { __typename id ... on MessageFile { openaiId message { id } } } }"): typeof import('./graphql.js').FilesMessageFileNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FilesPlainThread { createThread(input: {messages: [{content: \"plain\"}]}) { thread { id } } }"): typeof import('./graphql.js').FilesPlainThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilesNoFiles($t: ID!) { thread(id: $t) { messages { nodes { fileIds files { edges { cursor } pageInfo { hasNextPage startCursor } } } } } }"): typeof import('./graphql.js').FilesNoFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }"): typeof import('./graphql.js').IdsDeleteAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsUpdateAssistantName($id: ID!) { updateAssistant(input: {id: $id, name: \"x\"}) { assistant { id } } }"): typeof import('./graphql.js').IdsUpdateAssistantNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {}}) { run { id } } }"): typeof import('./graphql.js').IdsUpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsFirstCursor { assistants(first: 1) { edges { cursor } } }"): typeof import('./graphql.js').IdsFirstCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsFixtureAssistant { createAssistant(input: {model: \"gpt-4\", name: \"Fixture\", fileIds: [\"file-fixture1\"]}) { assistant { id openaiId } } }"): typeof import('./graphql.js').IdsFixtureAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsFixtureRun($a: ID!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: \"hi\", fileIds: [\"file-msgfile1\"]}]}) { run { id openaiId thread { id openaiId } } } }"): typeof import('./graphql.js').IdsFixtureRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsFixtureObjects($a: ID!, $t: ID!, $r: ID!) {\n        assistant(id: $a) { files { nodes { id } } }\n        thread(id: $t) {\n          messages(order: ASC) { nodes { id openaiId role files { nodes { id } } } }\n          run(id: $r) { steps { nodes { id openaiId } } }\n        }\n      }"): typeof import('./graphql.js').IdsFixtureObjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }"): typeof import('./graphql.js').IdsDeleteThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdsNodeFields on Node {\n    __typename id\n    ... on Assistant { openaiId name }\n    ... on Thread { openaiId }\n    ... on Message { openaiId text }\n    ... on Run { openaiId status }\n    ... on RunStep { openaiId type }\n    ... on AssistantFile { openaiId assistant { id } }\n    ... on MessageFile { openaiId message { id } }\n  }\n"): typeof import('./graphql.js').IdsNodeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsNodeById($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').IdsNodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsAssistantName($id: ID!) { assistant(id: $id) { name } }"): typeof import('./graphql.js').IdsAssistantNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsCreateThread { createThread(input: {}) { thread { id } } }"): typeof import('./graphql.js').IdsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsNode($id: ID!) { node(id: $id) { ...IdsNodeFields } }"): typeof import('./graphql.js').IdsNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsLinks($af: ID!, $mf: ID!) { af: node(id: $af) { ...IdsNodeFields } mf: node(id: $mf) { ...IdsNodeFields } }"): typeof import('./graphql.js').IdsLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IdsNodeFields } }"): typeof import('./graphql.js').IdsNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsNodesIds($ids: [ID!]!) { nodes(ids: $ids) { id } }"): typeof import('./graphql.js').IdsNodesIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsAssistantById($id: ID!) { assistant(id: $id) { id } }"): typeof import('./graphql.js').IdsAssistantByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsThreadById($id: ID!) { thread(id: $id) { id } }"): typeof import('./graphql.js').IdsThreadByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsRunOfMessageId($t: ID!, $m: ID!) { thread(id: $t) { run(id: $m) { id } } }"): typeof import('./graphql.js').IdsRunOfMessageIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsMessageOfRunId($t: ID!, $r: ID!) { thread(id: $t) { message(id: $r) { id } } }"): typeof import('./graphql.js').IdsMessageOfRunIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsMissingLookups($t: ID!, $ga: ID!, $gt: ID!, $gm: ID!, $gr: ID!) {\n        rawAssistant: assistant(id: \"asst_doesnotexist000000000\") { id }\n        globalAssistant: assistant(id: $ga) { id }\n        rawThread: thread(id: \"thread_doesnotexist00000000\") { id }\n        globalThread: thread(id: $gt) { id }\n        thread(id: $t) {\n          rawMessage: message(id: \"msg_doesnotexist0000000000\") { id }\n          rawRun: run(id: \"run_doesnotexist0000000000\") { id }\n        }\n        deletedMessage: node(id: $gm) { id }\n        deletedRun: node(id: $gr) { id }\n      }"): typeof import('./graphql.js').IdsMissingLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {}}) { thread { id } } }"): typeof import('./graphql.js').IdsUpdateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {}}) { message { id } } }"): typeof import('./graphql.js').IdsUpdateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsCancelGone($id: ID!) { cancelRun(input: {id: $id}) { run { id } } }"): typeof import('./graphql.js').IdsCancelGoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsSubmitGone($id: ID!) { submitToolOutputs(input: {runId: $id, toolOutputs: []}) { run { id } } }"): typeof import('./graphql.js').IdsSubmitGoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsCanaryMessage { createMessage(input: {threadId: \"thread_nope00000000\", content: \"x\"}) { message { id } } }"): typeof import('./graphql.js').IdsCanaryMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsCanaryNode { node(id: \"garbage!!\") { id } }"): typeof import('./graphql.js').IdsCanaryNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsCanaryFile { createAssistantFile(input: {assistantId: \"asst_nope0000\", fileId: \"file-missing1\"}) { assistantFile { id } } }"): typeof import('./graphql.js').IdsCanaryFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsKeyAAssistant { createAssistant(input: {model: \"gpt-4\", name: \"A only\"}) { assistant { id openaiId } } }"): typeof import('./graphql.js').IdsKeyAAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsKeyBLookups($id: ID!, $raw: ID!) { assistant(id: $id) { name } raw: assistant(id: $raw) { name } node(id: $id) { id } }"): typeof import('./graphql.js').IdsKeyBLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsKeyBList { assistants(first: 100) { nodes { openaiId } } }"): typeof import('./graphql.js').IdsKeyBListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsForwarded { assistants(first: 1) { nodes { id } } }"): typeof import('./graphql.js').IdsForwardedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsThreeTimes($g: ID!, $r: ID!) { a: assistant(id: $g) { openaiId } b: assistant(id: $r) { openaiId name } c: node(id: $g) { ... on Assistant { openaiId } } }"): typeof import('./graphql.js').IdsThreeTimesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsAddMessage($t: ID!, $c: String!) { createMessage(input: {threadId: $t, content: $c}) { message { id } } }"): typeof import('./graphql.js').IdsAddMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsRunAgain($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }"): typeof import('./graphql.js').IdsRunAgainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdsReplyAssistants($t: ID!) { thread(id: $t) { messages { nodes { role assistant { openaiId name } } } } }"): typeof import('./graphql.js').IdsReplyAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsOldAssistant { createAssistant(input: {model: \"gpt-4\", name: \"old\"}) { assistant { id } } }"): typeof import('./graphql.js').IdsOldAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdsRenameNew($id: ID!) { updateAssistant(input: {id: $id, name: \"new\"}) { assistant { id } } }"): typeof import('./graphql.js').IdsRenameNewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"Battery\", instructions: \"Test.\", fileIds: [\"file-bat1\"],\n            tools: [{type: FUNCTION, function: {name: \"get_weather\"}}], metadata: {suite: \"battery\"}}) {\n            assistant { id openaiId name model createdAt fileIds tools { type } } } }"): typeof import('./graphql.js').BatteryCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetAssistant($id: ID!) { assistant(id: $id) { id openaiId name instructions metadata } }"): typeof import('./graphql.js').BatteryGetAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListAssistants { assistants(first: 10) { nodes { id openaiId } } }"): typeof import('./graphql.js').BatteryListAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryUpdateAssistant($id: ID!) { updateAssistant(input: {id: $id, name: \"Battery 2\"}) { assistant { id openaiId name model } } }"): typeof import('./graphql.js').BatteryUpdateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateAssistantFile($a: ID!) { createAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { assistantFile { id openaiId createdAt } } }"): typeof import('./graphql.js').BatteryCreateAssistantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListAssistantFiles($id: ID!) { assistant(id: $id) { files { nodes { openaiId } } } }"): typeof import('./graphql.js').BatteryListAssistantFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryAssistantFileIds($id: ID!) { assistant(id: $id) { files { nodes { id openaiId } } } }"): typeof import('./graphql.js').BatteryAssistantFileIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetAssistantFile($id: ID!) { node(id: $id) { ... on AssistantFile { openaiId createdAt assistant { id } } } }"): typeof import('./graphql.js').BatteryGetAssistantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryDeleteAssistantFile($a: ID!) { deleteAssistantFile(input: {assistantId: $a, fileId: \"file-bat2\"}) { deletedAssistantFileId } }"): typeof import('./graphql.js').BatteryDeleteAssistantFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateThread { createThread(input: {metadata: {suite: \"battery\"}, messages: [{content: \"hello battery\", fileIds: [\"file-mf1\"]}]}) {\n          thread { id openaiId createdAt metadata } } }"): typeof import('./graphql.js').BatteryCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetThread($id: ID!) { thread(id: $id) { id openaiId metadata } }"): typeof import('./graphql.js').BatteryGetThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {suite: \"battery\", step: \"2\"}}) { thread { metadata } } }"): typeof import('./graphql.js').BatteryUpdateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListMessages($id: ID!) { thread(id: $id) { messages { nodes { id openaiId text role } } } }"): typeof import('./graphql.js').BatteryListMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"second message\"}) { message { id openaiId text createdAt } } }"): typeof import('./graphql.js').BatteryCreateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetMessage($id: ID!) { node(id: $id) { ... on Message { id openaiId text fileIds } } }"): typeof import('./graphql.js').BatteryGetMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {seen: \"yes\"}}) { message { metadata } } }"): typeof import('./graphql.js').BatteryUpdateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListMessageFiles($id: ID!) { node(id: $id) { ... on Message { files { nodes { openaiId } } } } }"): typeof import('./graphql.js').BatteryListMessageFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryMessageFileIds($id: ID!) { node(id: $id) { ... on Message { files { nodes { id } } } } }"): typeof import('./graphql.js').BatteryMessageFileIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetMessageFile($id: ID!) { node(id: $id) { ... on MessageFile { openaiId createdAt } } }"): typeof import('./graphql.js').BatteryGetMessageFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, metadata: {k: \"v\"}}) { run { id openaiId status model metadata } } }"): typeof import('./graphql.js').BatteryCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { id openaiId status usage { totalTokens } } } }"): typeof import('./graphql.js').BatteryGetRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListRuns($t: ID!) { thread(id: $t) { runs { nodes { id openaiId } } } }"): typeof import('./graphql.js').BatteryListRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {k: \"w\"}}) { run { metadata } } }"): typeof import('./graphql.js').BatteryUpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryListRunSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { id openaiId type status } } } } }"): typeof import('./graphql.js').BatteryListRunStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryGetRunStep($id: ID!) { node(id: $id) { ... on RunStep { id openaiId type stepDetails { ... on MessageCreationStepDetails { messageId } } } } }"): typeof import('./graphql.js').BatteryGetRunStepDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCreateThreadAndRun($a: ID!, $content: String!) { createThreadAndRun(input: {assistantId: $a, messages: [{content: $content}]}) {\n            run { id openaiId status thread { id openaiId } } } }"): typeof import('./graphql.js').BatteryCreateThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatteryRequiredAction($id: ID!) { node(id: $id) { ... on Run { requiredAction { toolCalls { id functionName } } } } }"): typeof import('./graphql.js').BatteryRequiredActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatterySubmitToolOutputs($id: ID!, $c: String!) { submitToolOutputs(input: {runId: $id, toolOutputs: [{toolCallId: $c, output: \"cold\"}]}) { run { id openaiId status } } }"): typeof import('./graphql.js').BatterySubmitToolOutputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatterySlowRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a, additionalMessages: [{content: \"slowly #slow\"}]}) { run { id openaiId } } }"): typeof import('./graphql.js').BatterySlowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryCancelRun($id: ID!) { cancelRun(input: {id: $id}) { run { id openaiId status } } }"): typeof import('./graphql.js').BatteryCancelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }"): typeof import('./graphql.js').BatteryDeleteThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BatteryDeleteAssistant($id: ID!) { deleteAssistant(input: {id: $id}) { deletedAssistantId } }"): typeof import('./graphql.js').BatteryDeleteAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationAssistants($first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    assistants(first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n    }\n  }\n"): typeof import('./graphql.js').PaginationAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaginationMessages($thread: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    thread(id: $thread) {\n      messages(first: $first, after: $after, last: $last, before: $before, order: $order) {\n        edges { cursor node { openaiId } } nodes { openaiId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PaginationMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaginationCreateAssistant($n: String) { createAssistant(input: {model: \"gpt-4\", name: $n}) { assistant { id } } }"): typeof import('./graphql.js').PaginationCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaginationCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }"): typeof import('./graphql.js').PaginationCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaginationEmptyThread { createThread(input: {}) { thread { id } } }"): typeof import('./graphql.js').PaginationEmptyThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PaginationOtherThread { createThread(input: {messages: [{content: \"x\"}]}) { thread { id } } }"): typeof import('./graphql.js').PaginationOtherThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlainPostWaitingRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }"): typeof import('./graphql.js').PlainPostWaitingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RealModelRun($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        id status requiredAction { toolCalls { id functionName arguments } } usage { promptTokens completionTokens totalTokens }\n        messages(order: ASC) { nodes { role text } } steps(order: ASC) { nodes { type status } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RealModelRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealModelThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId } } }"): typeof import('./graphql.js').RealModelThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RealModelSubmit($input: SubmitToolOutputsInput!) { submitToolOutputs(input: $input) { run { status } } }"): typeof import('./graphql.js').RealModelSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RealModelIncomplete($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) { event ... on RunStatusEvent { run { status incompleteDetails { reason } } } }\n      }"): typeof import('./graphql.js').RealModelIncompleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RealModelStream($input: CreateThreadAndRunInput!) {\n        threadAndRunEvents(input: $input) {\n          event\n          ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n          ... on MessageEvent { message { text } }\n        }\n      }"): typeof import('./graphql.js').RealModelStreamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunsRunFields on Run {\n    id openaiId status isActive model instructions metadata temperature maxPromptTokens maxCompletionTokens\n    createdAt startedAt completedAt cancelledAt failedAt expiresAt incompleteDetails { reason } fileIds\n    truncationStrategy { type lastMessages }\n    toolChoice { type functionName }\n    responseFormat\n    tools { type ... on FunctionTool { function { name } } }\n    requiredAction { type toolCalls { id functionName arguments parsedArguments } }\n    lastError { code message }\n    usage { promptTokens completionTokens totalTokens }\n    thread { id openaiId }\n    assistant { id openaiId }\n  }\n"): typeof import('./graphql.js').RunsRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsCreateAssistant($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { id openaiId } } }"): typeof import('./graphql.js').RunsCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsCreateThread($m: [MessageInput!]) { createThread(input: {messages: $m}) { thread { id openaiId } } }"): typeof import('./graphql.js').RunsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsCreateRun($input: CreateRunInput!) { createRun(input: $input) { run { ...RunsRunFields } } }"): typeof import('./graphql.js').RunsCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { ...RunsRunFields } } }"): typeof import('./graphql.js').RunsThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsGetRun($id: ID!) { node(id: $id) { ... on Run { ...RunsRunFields } } }"): typeof import('./graphql.js').RunsGetRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsThreadRun($t: ID!, $r: ID!) { thread(id: $t) { run(id: $r) { ...RunsRunFields } } }"): typeof import('./graphql.js').RunsThreadRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsSubmitToolOutputs($id: ID!, $outputs: [ToolOutputInput!]!) { submitToolOutputs(input: {runId: $id, toolOutputs: $outputs}) { run { id status } } }"): typeof import('./graphql.js').RunsSubmitToolOutputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsCancel($id: ID!) { cancelRun(input: {id: $id}) { run { id status isActive } } }"): typeof import('./graphql.js').RunsCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsActiveRun($t: ID!) { thread(id: $t) { activeRun { id status isActive } } }"): typeof import('./graphql.js').RunsActiveRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsCompletedRun($t: ID!, $r: ID!) { thread(id: $t) {\n          activeRun { id }\n          runs { nodes { id } }\n          run(id: $r) {\n            messages { nodes { id role text run { id } assistant { id } } }\n            steps { nodes { id type status usage { totalTokens } run { id } thread { id } assistant { id }\n              stepDetails { __typename ... on MessageCreationStepDetails { messageId message { id text } } } } }\n          }\n        } }"): typeof import('./graphql.js').RunsCompletedRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsThreadMessages($t: ID!) { thread(id: $t) { metadata messages(order: ASC) { nodes { role text } } } }"): typeof import('./graphql.js').RunsThreadMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsUpdateRun($id: ID!) { updateRun(input: {id: $id, metadata: {b: \"2\"}}) { run { id metadata } } }"): typeof import('./graphql.js').RunsUpdateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsToolRun($id: ID!) { node(id: $id) { ... on Run {\n          messages { nodes { role text } }\n          steps(order: ASC) { nodes { type status stepDetails { __typename\n            ... on ToolCallsStepDetails { toolCalls { __typename id ... on FunctionToolCall { name arguments output } } } } } }\n        } } }"): typeof import('./graphql.js').RunsToolRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsReplyText($id: ID!) { node(id: $id) { ... on Run { messages { nodes { text } } } } }"): typeof import('./graphql.js').RunsReplyTextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsCreateMessage($t: ID!, $content: String!) { createMessage(input: {threadId: $t, content: $content}) { message { id } } }"): typeof import('./graphql.js').RunsCreateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsSecondRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id } } }"): typeof import('./graphql.js').RunsSecondRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsActiveRunStatus($t: ID!) { thread(id: $t) { activeRun { id status } } }"): typeof import('./graphql.js').RunsActiveRunStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsInvalidRun($input: CreateRunInput!) { createRun(input: $input) { run { id } } }"): typeof import('./graphql.js').RunsInvalidRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsHotThreadAndRun { createThreadAndRun(input: {assistantId: \"asst_abc123\", temperature: 3}) { run { id } } }"): typeof import('./graphql.js').RunsHotThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsWrongTypeId { createRun(input: {threadId: \"asst_abc123\", assistantId: \"asst_abc123\"}) { run { id } } }"): typeof import('./graphql.js').RunsWrongTypeIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsMissingAssistant($t: ID!) { createRun(input: {threadId: $t, assistantId: \"asst_doesnotexist0000\"}) { run { id } } }"): typeof import('./graphql.js').RunsMissingAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsExpiredSteps($id: ID!) { node(id: $id) { ... on Run { steps { nodes { type status expiredAt } } } } }"): typeof import('./graphql.js').RunsExpiredStepsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmokeCreateAssistant { createAssistant(input: {model: \"gpt-4-turbo\", name: \"A\"}) { assistant { id name } } }"): typeof import('./graphql.js').SmokeCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeReadAssistant($id: ID!) { node(id: $id) { id ... on Assistant { name model createdAt tools { type } } } }"): typeof import('./graphql.js').SmokeReadAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubscriptionsEventFields on RunEvent {\n    __typename\n    event\n    ... on ThreadCreatedEvent { thread { id } }\n    ... on RunStatusEvent { run { id status requiredAction { toolCalls { id functionName arguments } } } }\n    ... on RunStepEvent { step { openaiId type status run { status } } }\n    ... on RunStepDeltaEvent {\n      stepId stepType\n      toolCalls {\n        index id type\n        function { name arguments output }\n        codeInterpreter { input outputs { index type logs imageFileId } }\n      }\n    }\n    ... on MessageEvent { message { id text status } }\n    ... on MessageDeltaEvent {\n      messageId role\n      content {\n        __typename index type\n        ... on TextContentDelta { value annotations { index type text fileId quote startIndex endIndex } }\n        ... on ImageFileContentDelta { fileId }\n      }\n    }\n    ... on StreamErrorEvent { error { code message type } }\n    ... on UnknownRunEvent { data }\n  }\n"): typeof import('./graphql.js').SubscriptionsEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsThreadAndRun($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { ...SubscriptionsEventFields } }"): typeof import('./graphql.js').SubscriptionsThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsRunEvents($input: CreateRunInput!) { runEvents(input: $input) { ...SubscriptionsEventFields } }"): typeof import('./graphql.js').SubscriptionsRunEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsToolOutputs($input: SubmitToolOutputsInput!) { toolOutputEvents(input: $input) { ...SubscriptionsEventFields } }"): typeof import('./graphql.js').SubscriptionsToolOutputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription SubscriptionsFollowRun($id: ID!) { run(id: $id) { id status } }"): typeof import('./graphql.js').SubscriptionsFollowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id openaiId thread { openaiId } } } }"): typeof import('./graphql.js').SubscriptionsCreateThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SubscriptionsThreadMessages($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { role text } } } }"): typeof import('./graphql.js').SubscriptionsThreadMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsFirstThread { createThread(input: {messages: [{content: \"first\"}]}) { thread { id } } }"): typeof import('./graphql.js').SubscriptionsFirstThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubscriptionsEmptyThread { createThread(input: {}) { thread { openaiId } } }"): typeof import('./graphql.js').SubscriptionsEmptyThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadsMessageFields on Message {\n    id openaiId role text status metadata createdAt fileIds\n    content { __typename ... on TextContent { value annotations { __typename } } ... on ImageFileContent { fileId } }\n    thread { id openaiId }\n    assistant { id }\n    run { id }\n  }\n"): typeof import('./graphql.js').ThreadsMessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsCreateThread($input: CreateThreadInput!) { createThread(input: $input) { thread { id openaiId createdAt metadata } } }"): typeof import('./graphql.js').ThreadsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsCreateMessage($input: CreateMessageInput!) { createMessage(input: $input) { message { ...ThreadsMessageFields } } }"): typeof import('./graphql.js').ThreadsCreateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsMessagesAsc($id: ID!) { thread(id: $id) { messages(order: ASC) { nodes { ...ThreadsMessageFields } } } }"): typeof import('./graphql.js').ThreadsMessagesAscDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsMessagesDesc($id: ID!) { thread(id: $id) { messages { nodes { text } } } }"): typeof import('./graphql.js').ThreadsMessagesDescDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsThreadById($id: ID!) { thread(id: $id) { id openaiId metadata } }"): typeof import('./graphql.js').ThreadsThreadByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsUpdateThread($id: ID!) { updateThread(input: {id: $id, metadata: {b: \"2\"}}) { thread { id metadata } } }"): typeof import('./graphql.js').ThreadsUpdateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsDeleteThread($id: ID!) { deleteThread(input: {id: $id}) { deletedThreadId } }"): typeof import('./graphql.js').ThreadsDeleteThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsDeletedLookup($id: ID!) { thread(id: $id) { id } node(id: $id) { id } }"): typeof import('./graphql.js').ThreadsDeletedLookupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsUpdateDeleted($id: ID!) { updateThread(input: {id: $id, metadata: {a: \"1\"}}) { thread { id } } }"): typeof import('./graphql.js').ThreadsUpdateDeletedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsBigMetadata($m: Metadata) { createThread(input: {metadata: $m}) { thread { id } } }"): typeof import('./graphql.js').ThreadsBigMetadataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsUpdateMessage($id: ID!) { updateMessage(input: {id: $id, metadata: {b: \"2\"}}) { message { id metadata text } } }"): typeof import('./graphql.js').ThreadsUpdateMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsMessageLookups($t: ID!, $m: ID!, $raw: ID!, $missing: ID!) {\n      thread(id: $t) { byGlobal: message(id: $m) { id text } byRaw: message(id: $raw) { id text } missing: message(id: $missing) { id } }\n    }"): typeof import('./graphql.js').ThreadsMessageLookupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsMessageOfOther($t: ID!, $m: ID!) { thread(id: $t) { message(id: $m) { id } } }"): typeof import('./graphql.js').ThreadsMessageOfOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsEmptyMessage($t: ID!) { createMessage(input: {threadId: $t, content: \"\"}) { message { id } } }"): typeof import('./graphql.js').ThreadsEmptyMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsTooManyFiles($t: ID!, $f: [String!]) { createMessage(input: {threadId: $t, content: \"x\", fileIds: $f}) { message { id } } }"): typeof import('./graphql.js').ThreadsTooManyFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsMessageOnMissing { createMessage(input: {threadId: \"thread_nope0000\", content: \"x\"}) { message { id } } }"): typeof import('./graphql.js').ThreadsMessageOnMissingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ThreadsCreateRun($t: ID!, $a: ID!) { createRun(input: {threadId: $t, assistantId: $a}) { run { id openaiId } } }"): typeof import('./graphql.js').ThreadsCreateRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ThreadsMessagesOfRun($t: ID!, $r: ID!, $raw: ID!) { thread(id: $t) {\n      all: messages { nodes { openaiId role } }\n      byGlobal: messages(runId: $r) { nodes { ...ThreadsMessageFields } }\n      byRaw: messages(runId: $raw) { nodes { openaiId } }\n    } }"): typeof import('./graphql.js').ThreadsMessagesOfRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportsThreadAndRun($input: CreateThreadAndRunInput!) {\n    threadAndRunEvents(input: $input) {\n      __typename\n      event\n      ... on MessageEvent { message { text } }\n      ... on MessageDeltaEvent { content { ... on TextContentDelta { value } } }\n      ... on RunStatusEvent { run { id status } }\n    }\n  }\n"): typeof import('./graphql.js').TransportsThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription TransportsFollowRun($id: ID!) { run(id: $id) { id status } }"): typeof import('./graphql.js').TransportsFollowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransportsCreateThreadAndRun($input: CreateThreadAndRunInput!) { createThreadAndRun(input: $input) { run { id } } }"): typeof import('./graphql.js').TransportsCreateThreadAndRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransportsAssistants { assistants(first: 1) { nodes { id } } }"): typeof import('./graphql.js').TransportsAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransportsMissingAssistant { assistant(id: \"asst_1\") { id } }"): typeof import('./graphql.js').TransportsMissingAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadsUpload($input: UploadFileInput!) {\n    uploadFile(input: $input) { file { id openaiId filename bytes purpose status statusDetails createdAt downloadUrl } }\n  }\n"): typeof import('./graphql.js').UploadsUploadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsFileNode($id: ID!) { node(id: $id) { id ... on File { openaiId filename bytes purpose status downloadUrl } } }\n"): typeof import('./graphql.js').UploadsFileNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UploadsFiles($purpose: FilePurpose, $first: Int, $after: String, $last: Int, $before: String, $order: SortOrder) {\n    files(purpose: $purpose, first: $first, after: $after, last: $last, before: $before, order: $order) {\n      edges { cursor node { openaiId filename purpose } }\n      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n    }\n  }\n"): typeof import('./graphql.js').UploadsFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadsDeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }"): typeof import('./graphql.js').UploadsDeleteFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadsAssistant($f: [String!]) { createAssistant(input: {model: \"gpt-4\", fileIds: $f}) { assistant { id files { nodes { file { id filename } } } } } }"): typeof import('./graphql.js').UploadsAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadsThread($f: [String!]) { createThread(input: {messages: [{content: \"see file\", fileIds: $f}]}) { thread { messages { nodes { files { nodes { file { id filename bytes } } } } } } } }"): typeof import('./graphql.js').UploadsThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadsAfterDelete($a: ID!) { assistant(id: $a) { fileIds } }"): typeof import('./graphql.js').UploadsAfterDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UploadsEmptyThread { createThread(input: {}) { thread { openaiId } } }"): typeof import('./graphql.js').UploadsEmptyThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UploadsAnnotated($t: ID!) { thread(id: $t) { messages { nodes { content {\n          __typename\n          ... on TextContent { annotations { __typename ... on FileCitationAnnotation { file { id filename downloadUrl } } ... on FilePathAnnotation { file { filename purpose downloadUrl } } } }\n          ... on ImageFileContent { fileId file { filename purpose bytes downloadUrl } }\n        } } } } }"): typeof import('./graphql.js').UploadsAnnotatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsAssistant { assistant(id: \"asst_1\") { id } }"): typeof import('./graphql.js').FaultsAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FaultsCreateThread { createThread(input: {}) { thread { id } } }"): typeof import('./graphql.js').FaultsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsRuns($id: ID!) { thread(id: $id) { runs(first: 3) { nodes { openaiId status incompleteDetails { reason } temperature toolChoice { type } } } } }"): typeof import('./graphql.js').FaultsRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsUnknownValues($id: ID!) { thread(id: $id) {\n          messages(first: 5) { nodes { status } }\n          run(id: \"run_1\") { steps(first: 5) { nodes { status type } } }\n        } }"): typeof import('./graphql.js').FaultsUnknownValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsEmptyList { assistants(first: 5) { nodes { id } pageInfo { startCursor endCursor hasNextPage } } }"): typeof import('./graphql.js').FaultsEmptyListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FaultsAssistantName { assistant(id: \"asst_1\") { id name } }"): typeof import('./graphql.js').FaultsAssistantNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitRunStatus($id: ID!) {\n    node(id: $id) {\n      ... on Run {\n        status\n      }\n    }\n  }\n"): typeof import('./graphql.js').KitRunStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateAssistant($input: CreateAssistantInput!) {\n    createAssistant(input: $input) {\n      assistant {\n        id\n        openaiId\n        name\n        model\n      }\n    }\n  }\n"): typeof import('./graphql.js').KitCreateAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperabilityAssistant($id: ID!) { assistant(id: $id) { id name } }"): typeof import('./graphql.js').OperabilityAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperabilityNode($id: ID!) { node(id: $id) { id } }"): typeof import('./graphql.js').OperabilityNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperabilityCreate($input: CreateAssistantInput!) { createAssistant(input: $input) { assistant { openaiId } } }"): typeof import('./graphql.js').OperabilityCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OperabilityDelete($id: ID!) { deleteAssistant(input: { id: $id }) { deletedAssistantId } }"): typeof import('./graphql.js').OperabilityDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OperabilityEvents($input: CreateThreadAndRunInput!) { threadAndRunEvents(input: $input) { event } }"): typeof import('./graphql.js').OperabilityEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OperabilityTwoAssistants($a: ID!, $b: ID!) { a: assistant(id: $a) { name } b: assistant(id: $b) { name } }"): typeof import('./graphql.js').OperabilityTwoAssistantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityMissingAssistant { assistant(id: \"asst_nope\") { id } }"): typeof import('./graphql.js').SecurityMissingAssistantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityOrdinary { assistants(first: 1) { nodes { id } } }"): typeof import('./graphql.js').SecurityOrdinaryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
