-- Drives the bundled language server from Neovim's own LSP client (0.7 and later), headless, as a
-- writer would use it: open documents, wait for diagnostics, hover, apply a quick fix, type, and
-- allow a phrase. test/neovim/neovim.test.ts starts it and checks what it records.
-- Environment: WHOSAYS_SERVER (dist/server.js), WHOSAYS_WORKSPACE (a folder of documents),
-- WHOSAYS_RESULT (where the JSON record goes).

local server = os.getenv('WHOSAYS_SERVER')
local workspace = os.getenv('WHOSAYS_WORKSPACE')
local result_file = os.getenv('WHOSAYS_RESULT')
local record = { steps = {} }

local function note(step, value)
  record.steps[#record.steps + 1] = step
  record[step] = value
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'whosays',
    cmd = { 'node', server, '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'workspace' } },
  })
  assert(client_id, 'the client started')

  -- Opens a document with the filetype Neovim gives it (sent as the language id).
  local function open(name, filetype)
    vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. name))
    local buf = vim.api.nvim_get_current_buf()
    vim.bo[buf].filetype = filetype
    vim.lsp.buf_attach_client(buf, client_id)
    return buf
  end

  -- The diagnostics of a buffer once `done` holds for them (or after 15 s).
  local function diagnostics(buf, done)
    vim.wait(15000, function() return done(vim.diagnostic.get(buf)) end, 20)
    local out = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      -- The diagnostic as the server sent it: Neovim keeps its code and data in user_data.lsp
      -- (its range is in lnum/col, which count bytes; these documents are ASCII).
      local kept = d.user_data and d.user_data.lsp or {}
      local lsp = {
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        message = d.message,
        severity = d.severity,
        source = d.source,
        code = kept.code or d.code,
        data = kept.data,
      }
      out[#out + 1] = { line = d.lnum, col = d.col, message = d.message, code = lsp.code, lsp = lsp }
    end
    return out
  end

  local function request(buf, method, params)
    local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
    local response = responses[client_id] or {}
    return response.result, response.err
  end

  local function codes(list)
    local out = {}
    for _, d in ipairs(list) do out[#out + 1] = d.code end
    return out
  end

  -- Markdown: diagnostics, hover, the [who?] fix applied, then typing a new sentence.
  local md = open('article.md', 'markdown')
  local found = diagnostics(md, function(d) return #d > 0 end)
  note('markdown', codes(found))
  local first = found[1].lsp
  local hover = request(md, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(md) }, position = first.range.start })
  note('hover', hover and hover.contents and hover.contents.value or vim.inspect(hover))
  local actions = request(md, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(md) }, range = first.range, context = { diagnostics = { first } } }) or {}
  local titles = {}
  local who
  for _, action in ipairs(actions) do
    titles[#titles + 1] = action.title
    if not who and action.title:find('%[who%?%]') then who = action end
  end
  note('actions', titles)
  assert(who and who.edit, 'a [who?] fix')
  vim.lsp.util.apply_workspace_edit(who.edit, 'utf-16')
  note('fixed', vim.api.nvim_buf_get_lines(md, 0, 1, false)[1])
  local after_fix = diagnostics(md, function(d) return #d == #found - 1 end)
  note('after_fix', #after_fix)
  vim.api.nvim_buf_set_lines(md, -1, -1, false, { '', 'Experts agree that the ferry will be late.' })
  local typed = diagnostics(md, function(d) return #d == #after_fix + 1 end)
  note('typed', codes(typed))

  -- A .txt buffer (filetype "text") and a plain TeX one (filetype "plaintex").
  local txt = open('notes.txt', 'text')
  note('text', codes(diagnostics(txt, function(d) return #d > 0 end)))
  local tex = open('paper.tex', 'plaintex')
  local tex_found = diagnostics(tex, function(d) return #d > 0 end)
  note('plaintex', codes(tex_found))
  note('plaintex_col', tex_found[1] and tex_found[1].col)

  -- Allowing a phrase: the quick fix is a command the server carries out.
  local target = diagnostics(txt, function(d) return #d > 0 end)[1].lsp
  local txt_actions = request(txt, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(txt) }, range = target.range, context = { diagnostics = { target } } }) or {}
  local allow
  for _, action in ipairs(txt_actions) do
    if action.title:find('^Allow') then allow = action end
  end
  assert(allow and allow.command, 'an Allow command')
  note('allow_title', allow.title)
  local answer = request(txt, 'workspace/executeCommand', allow.command)
  note('allow_answer', answer)
  note('after_allow', #diagnostics(txt, function(d) return #d == 0 end))
end

local ok, err = pcall(run)
record.ok = ok
if not ok then record.error = tostring(err) end
local file = io.open(result_file, 'w')
file:write(vim.fn.json_encode(record))
file:close()
vim.cmd('qa!')
